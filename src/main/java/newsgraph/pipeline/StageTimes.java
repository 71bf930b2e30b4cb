package newsgraph.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent in each pipeline stage, summed over threads. Thread-safe. */
public final class StageTimes {
  /** The stages a build goes through, in order. */
  public enum Stage { READ, NLP, ENTITIES, EXTRACT, RDF, STORE }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
  }

  public void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }
}
