package newsgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent in each pipeline stage, summed over threads. CPU time rather than wall time:
 * with more busy threads than cores, a stage's wall time also counts the time it waited for a
 * core, and the figures would blame whichever stage happened to be preempted. Thread-safe.
 */
public final class StageTimes {
  /**
   * The stages a build goes through, in order; SENTENCES, TOKENS, TAGS and PARSE (lemmas and dependencies) are the parts of NLP, and
   * LINK is the identity step over the whole store after the articles.
   */
  public enum Stage {
    READ, LANGUAGE, NLP, SENTENCES, TOKENS, TAGS, PARSE, ENTITIES, EXTRACT, RDF, STORE, LINK;

    /** True for a part of the NLP stage, whose time NLP's own already counts (printed indented under it). */
    public boolean isPart() {
      return this == SENTENCES || this == TOKENS || this == TAGS || this == PARSE;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
  }

  /** The current thread's CPU time in nanoseconds (wall time where the JVM cannot tell). */
  public static long now() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Adds the time since {@code start} (a value of {@link #now()}) to the stage and returns now. */
  public long since(Stage stage, long start) {
    long now = now();
    nanos.get(stage).add(now - start);
    return now;
  }

  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }
}
