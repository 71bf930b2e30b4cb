package newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newsgraph.corpus.Article;
import newsgraph.corpus.CorpusReader;
import newsgraph.corpus.InputProblem;
import newsgraph.link.Curation;
import newsgraph.link.IdentityStep;
import newsgraph.pipeline.BuiltArticle;
import newsgraph.pipeline.Pipeline;
import newsgraph.pipeline.StageTimes;
import newsgraph.pipeline.StageTimes.Stage;
import newsgraph.rdf.BuildRecord;
import newsgraph.rdf.Iris;
import newsgraph.rdf.NG;
import newsgraph.rdf.RdfMapper;
import newsgraph.store.GraphStore;
import newsgraph.store.StoreException;
import org.apache.jena.rdf.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads articles, runs the pipeline on all cores and writes each article's graph in its own write
 * transaction from one writer thread; then resolves identities across the store and records the
 * build. Bad inputs are reported one line each and the rest goes on (exit 1).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the graph from .txt articles (files or folders, recursively) and their .meta.json sidecars.")
final class BuildCommand implements Callable<Integer> {
  /** Articles per write transaction: each batch is atomic, and a crash loses at most the batch in flight. */
  static final int BATCH_ARTICLES = 50;
  static final long BATCH_NANOS = 2_000_000_000L;

  @Mixin StoreOption store;

  @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the data (default: the store's, else "
      + Iris.DEFAULT_BASE + ").")
  String base;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ArticleLimits limits;

  @Option(names = "--curation", paramLabel = "FILE", description = "Identity corrections: 'merge' and 'apart' lines "
      + "(default: curation.tsv when it exists).")
  Path curationFile;

  @Option(names = "--mentions", description = "Also record every mention: its span and the entity it resolves to "
      + "(an audit trail of entity resolution; 40 %% more quads).")
  boolean mentions;

  @Option(names = "--bench", description = "Print the time of each stage and the rate at the end.")
  boolean bench;

  @Option(names = "--verbose", description = "Show stack traces of unexpected errors.")
  boolean verbose;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles or folders (default: corpus).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    BenchClock clock = new BenchClock();
    Instant started = Instant.now();
    PrintStream err = System.err;
    // the models load on one core while the other lists the articles and opens the store
    Future<Pipeline> models = inBackground("newsgraph-models", () -> new Pipeline(limits.maxBytes));
    if (paths.isEmpty()) paths = List.of(Path.of("corpus"));
    if (base != null && !Iris.usableBase(base)) {
      // issue 17: "--base 'not an iri'" was accepted and minted unusable IRIs
      err.println("newsgraph: --base: '" + base + "' is not an absolute http(s) IRI ending in '/' or '#'");
      return Main.FATAL;
    }
    List<Path> files;
    try {
      for (Path p : paths)
        if (!java.nio.file.Files.exists(p)) {
          err.println("newsgraph: " + p + ": no such file or folder");
          return Main.FATAL;
        }
      files = CorpusReader.findArticles(paths);
    } catch (java.io.IOException e) {
      err.println("newsgraph: cannot list the articles: " + e.getMessage());
      return Main.FATAL;
    }
    // the store opens on a thread of its own too; a new store's base IRI is known without it, so the
    // workers start as soon as the models are loaded and only the first commit waits for the store
    boolean fresh = GraphStore.isNew(store.store);
    String freshBase = base != null ? base : Iris.DEFAULT_BASE;
    java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
    Future<GraphStore> opening = inBackground("newsgraph-store", () -> {
      GraphStore opened = GraphStore.open(store.store, true);
      if (fresh && opened.baseIri().isEmpty()) opened.recordBaseIri(freshBase);
      interrupted.set(opened.buildUnfinished());
      opened.markBuilding(true); // cleared once identities are linked: a build killed before that is known as such
      return opened;
    });
    try {
      String baseIri = freshBase;
      if (!fresh) {
        GraphStore gs = await(opening);
        String recorded = gs.baseIri().orElse(null);
        if (base != null && recorded != null && !recorded.equals(base)) {
          err.println("newsgraph: the store at " + store.store + " was built with base <" + recorded
              + ">; build into a new store to use <" + base + ">");
          return Main.FATAL;
        }
        baseIri = base != null ? base : recorded != null ? recorded : Iris.DEFAULT_BASE;
        if (recorded == null) gs.recordBaseIri(baseIri);
      }
      Curation curation = readCuration(curationFile, err);
      if (curation == null) return Main.FATAL;
      Iris iris = new Iris(baseIri);
      Pipeline pipeline = await(models);
      RdfMapper mapper = new RdfMapper(iris, mentions);
      clock.ready = System.nanoTime();
      Thread onSignal = new Thread(() -> err.println("newsgraph: stopped: " + committed.get()
          + " articles committed; build again to finish (the store is consistent)"), "newsgraph-stop");
      Runtime.getRuntime().addShutdownHook(onSignal);
      Summary summary;
      try {
        summary = run(files, opening, fresh, pipeline, mapper, iris, err, clock);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is stopping: the hook says how far the build got
        }
      }
      GraphStore gs = await(opening);
      long linkStart = StageTimes.now();
      new IdentityStep(iris, curation).apply(gs);
      pipeline.times().since(Stage.LINK, linkStart);
      if (interrupted.get())
        err.println("newsgraph: the last build of " + store.store + " was interrupted; identities linked again now");
      gs.markBuilding(false);
      unmatchedCurationNames(gs, curation).forEach(n ->
          err.println("newsgraph: warning: curation: '" + n + "' names no entity in the store (its line does nothing)"));
      gs.addMeta(BuildRecord.of(iris, Main.version(), started, Instant.now(), summary.articles, summary.failures));
      if (summary.replaced > 0) {
        // issue 17: TDB2 only appends, so every rebuilt graph left its old copy behind and the store doubled
        gs.compact();
        err.println("newsgraph: " + summary.replaced + " articles replaced; the store was compacted (its old generation deleted)");
      }
      double seconds = (System.nanoTime() - clock.created) / 1e9;
      err.printf(java.util.Locale.ROOT,
          "built %d articles (%d sentences): %d entities, %d meetings, %d quotes, %d positions; %d failed; %.1f s, %.1f articles/s%n",
          summary.articles, summary.sentences, summary.entities, summary.meetings, summary.quotes, summary.positions,
          summary.failures, seconds, summary.articles / Math.max(seconds, 1e-9));
      if (summary.unchanged > 0)
        err.println("newsgraph: " + summary.unchanged + " articles unchanged since they were built (text, sidecar and"
            + " pipeline the same): kept as they are");
      clock.done = System.nanoTime();
      if (bench) printBench(err, pipeline.times(), summary, clock);
      return summary.failures > 0 ? Main.SOME_FAILED : Main.OK;
    } catch (StoreException e) {
      err.println("newsgraph: " + e.getMessage());
      return Main.FATAL;
    } catch (InternalError | java.io.UncheckedIOException | org.apache.jena.dboe.base.file.FileException e) {
      // issue 17: a full disk surfaced as a stack trace. TDB2 writes through memory-mapped files, so
      // running out of space arrives as an InternalError from the mapping; the batch being written is
      // rolled back and the ones committed before it stay
      err.println("newsgraph: cannot write to the store at " + store.store + " (disk full or failing: " + e.getMessage()
          + "); " + committed.get() + " articles were committed before it, the rest is not in the store");
      return Main.FATAL;
    } finally {
      closeWhenOpened(opening);
    }
  }

  /**
   * The identity corrections of {@code --curation FILE}, else of {@code curation.tsv} when there is
   * one, else none; null (the reason printed) when the file cannot be read.
   */
  static Curation readCuration(Path curationFile, PrintStream err) {
    try {
      return curationFile != null ? Curation.read(curationFile)
          : java.nio.file.Files.exists(Path.of("curation.tsv")) ? Curation.read(Path.of("curation.tsv")) : Curation.NONE;
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("newsgraph: --curation: " + e.getMessage() + ": no such file");
    } catch (java.io.IOException e) {
      err.println("newsgraph: --curation: " + (curationFile != null ? curationFile : "curation.tsv") + ": cannot read it ("
          + e.getMessage() + ")");
    }
    return null;
  }

  /** Runs the task on a daemon thread of its own (start-up work that goes on beside the rest). */
  private static <T> Future<T> inBackground(String name, Callable<T> task) {
    java.util.concurrent.FutureTask<T> future = new java.util.concurrent.FutureTask<>(task);
    Thread thread = new Thread(future, name);
    thread.setDaemon(true);
    thread.start();
    return future;
  }

  private static void closeWhenOpened(Future<GraphStore> opening) {
    GraphStore opened;
    try {
      opened = await(opening);
    } catch (StoreException | RuntimeException e) {
      return; // it never opened: nothing to close, and the reason was reported where the store was needed
    }
    opened.close();
  }

  /**
   * The future's value; an unchecked exception of its task, or the store's {@link StoreException}
   * (a store that could not be opened), is thrown here as it was.
   */
  private static <T> T await(Future<T> future) throws StoreException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    }
  }

  /** A task's failure as it was thrown: a store exception, a runtime exception or an error. */
  private static IllegalStateException rethrown(ExecutionException e) throws StoreException {
    if (e.getCause() instanceof StoreException s) throw s;
    if (e.getCause() instanceof RuntimeException r) throw r;
    if (e.getCause() instanceof Error err) throw err;
    return new IllegalStateException(e.getCause());
  }

  /** Articles whose batch is committed: what a build stopped by a signal has kept. */
  private final java.util.concurrent.atomic.AtomicInteger committed = new java.util.concurrent.atomic.AtomicInteger();

  /** An article's processing, which knows when a worker started it. */
  private static final class Timed extends java.util.concurrent.FutureTask<Outcome> {
    final Path path;
    volatile long started;

    Timed(Path path, Callable<Outcome> work) {
      super(work);
      this.path = path;
    }

    @Override
    public void run() {
      started = System.nanoTime();
      super.run();
    }
  }

  /**
   * The outcome of an article, or a failure when its processing runs past {@code --article-timeout}
   * (issue 17: one pathological article stalled a build for good). The worker is interrupted; the
   * pipeline stops at its next check, and the other articles go on meanwhile.
   */
  private Outcome awaitInTime(Timed task) throws StoreException {
    long limit = java.util.concurrent.TimeUnit.SECONDS.toNanos(Math.max(1, limits.articleTimeout));
    while (true) {
      long started = task.started;
      long left = started == 0 ? limit : limit - (System.nanoTime() - started);
      if (started != 0 && left <= 0 && !task.isDone()) {
        task.cancel(true);
        return Outcome.failed(task.path, new InputProblem(task.path,
            "skipped: processing took longer than " + limits.articleTimeout + " s (--article-timeout)"));
      }
      try {
        return task.get(Math.max(1, Math.min(left, limit)), java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // not done yet: look at the clock again
      } catch (java.util.concurrent.CancellationException e) {
        return Outcome.failed(task.path, new InputProblem(task.path, "skipped: cancelled"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw rethrown(e);
      }
    }
  }

  /** Counts for the closing line. */
  static final class Summary {
    int articles, sentences, entities, meetings, quotes, positions, failures, unchanged, replaced;

    /** Counts one more article: its sentences, entities, meetings, quotes and positions. */
    void add(int[] counts) {
      articles++;
      sentences += counts[0];
      entities += counts[1];
      meetings += counts[2];
      quotes += counts[3];
      positions += counts[4];
    }
  }

  /** What the collector needs of a processed article: its graph and counts, not its annotations. */
  /** An article's result: its graph and counts, or the problem that stopped it, or that it was unchanged. */
  private record Outcome(Path path, String id, String url, String fingerprint, int[] counts, Model model, String graph,
                         InputProblem problem, List<String> warnings, boolean unchanged, boolean replaces) {
    static Outcome failed(Path path, InputProblem problem) {
      return new Outcome(path, null, null, null, null, null, null, problem, List.of(), false, false);
    }

    static Outcome unchangedSince(Path path) {
      return new Outcome(path, null, null, null, null, null, null, null, List.of(), true, false);
    }
  }

  /** The names of the identity corrections that no entity of the store bears (issue 17: they were ignored silently). */
  static List<String> unmatchedCurationNames(GraphStore gs, Curation curation) {
    if (curation.names().isEmpty()) return List.of();
    java.util.Set<String> known = new java.util.HashSet<>();
    String q = "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?e <https://schema.org/name>|<http://www.w3.org/2004/02/skos/core#altLabel> ?n } }";
    org.apache.jena.system.Txn.executeRead(gs.dataset(), () -> {
      try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, gs.dataset())) {
        qe.execSelect().forEachRemaining(row -> known.add(row.getLiteral("n").getString()));
      }
    });
    return curation.names().stream().filter(n -> !known.contains(n)).toList();
  }

  /** What the store knows of an article built before: its content hash and where it was read from. */
  private record Stored(String hash, String path) {}

  /** The articles of an existing store by id (issue 17: unchanged ones are skipped, a namesake from elsewhere kept). */
  private static Map<String, Stored> storedArticles(GraphStore gs) {
    Map<String, Stored> out = new HashMap<>();
    String q = "SELECT ?a ?hash ?path WHERE { GRAPH ?g { ?a <" + NG.contentHash.getURI() + "> ?hash . OPTIONAL { ?a <"
        + NG.sourcePath.getURI() + "> ?path } } }";
    org.apache.jena.system.Txn.executeRead(gs.dataset(), () -> {
      try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, gs.dataset())) {
        qe.execSelect().forEachRemaining(row -> {
          String iri = row.getResource("a").getURI();
          out.put(iri.substring(iri.lastIndexOf('/') + 1), new Stored(row.getLiteral("hash").getString(),
              row.contains("path") ? row.getLiteral("path").getString() : null));
        });
      }
    });
    return out;
  }

  private Summary run(List<Path> files, Future<GraphStore> store, boolean fresh, Pipeline pipeline, RdfMapper mapper,
                      Iris iris, PrintStream err, BenchClock clock) throws StoreException {
    Summary summary = new Summary();
    Map<String, Stored> stored = fresh ? Map.of() : storedArticles(await(store));
    Map<String, Path> seenIds = new HashMap<>();
    Map<String, Path> seenContent = new HashMap<>();
    Map<String, Path> seenUrls = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int next = 0;
    // bounded, so memory stays flat however large the corpus; deep enough to keep the workers busy
    // while the writer commits a batch
    int maxInFlight = Math.max(4, threads * 16);
    Map<String, Model> batch = new java.util.LinkedHashMap<>();
    long batchStart = System.nanoTime();
    try (ProgressBar bar = progressBar(files.size()); Writer writer = new Writer(store, pipeline.times(), committed)) {
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < maxInFlight) {
          Path f = files.get(next++);
          String id = CorpusReader.idOf(f);
          Stored before = stored.get(id);
          String path = f.toAbsolutePath().normalize().toString();
          // an article of the same name read from another place is kept beside the first, never over it
          // (unless it is the same text, which the worker finds unchanged)
          String storeAs = id;
          if (before != null && before.path() != null && !before.path().equals(path))
            for (int k = 2; stored.containsKey(storeAs) || seenIds.containsKey(storeAs); k++) storeAs = id + "-" + k;
          String as = storeAs;
          Timed task = new Timed(f, () -> process(f, before, as, pipeline, mapper, iris));
          pool.execute(task);
          window.add(task);
        }
        Outcome o = awaitInTime((Timed) window.poll());
        if (bar != null) bar.step();
        if (o.unchanged()) {
          summary.unchanged++; // same text, sidecar and pipeline: the graph in the store is what a rebuild would write
          continue;
        }
        if (o.replaces()) summary.replaced++;
        if (o.problem() != null) {
          err.println("newsgraph: " + o.problem().line());
          summary.failures++;
          continue;
        }
        o.warnings().forEach(w -> err.println("newsgraph: warning: " + w));
        Path other = seenIds.putIfAbsent(o.id(), o.path());
        if (other != null) {
          err.println("newsgraph: " + o.path() + ": skipped: an article of the same name was read from " + other);
          summary.failures++;
          continue;
        }
        Path sameUrl = o.url() == null ? null : seenUrls.putIfAbsent(o.url(), o.path());
        if (sameUrl != null) {
          err.println("newsgraph: warning: " + o.path() + ": same URL as " + sameUrl + " (" + o.url() + "), counted once");
          continue;
        }
        Path same = seenContent.putIfAbsent(o.fingerprint(), o.path());
        if (same != null) {
          err.println("newsgraph: warning: " + o.path() + ": same text as " + same + ", counted once");
          continue;
        }
        batch.put(o.graph(), o.model());
        if (batch.size() >= BATCH_ARTICLES || System.nanoTime() - batchStart > BATCH_NANOS) {
          writer.write(batch);
          batch = new java.util.LinkedHashMap<>();
          batchStart = System.nanoTime();
        }
        summary.add(o.counts());
        if (summary.articles % BenchClock.STEP == 0) clock.step();
        if (bar == null && (summary.articles % 100 == 0 || next == files.size() && window.isEmpty()))
          err.println("newsgraph: " + (summary.articles + summary.failures) + "/" + files.size() + " articles");
      }
      writer.write(batch);
    } finally {
      pool.shutdownNow();
    }
    return summary;
  }

  /**
   * Commits batches on a thread of its own, one write transaction each, so that the workers go on
   * annotating while TDB2 indexes. At most one batch is being written while the next fills up.
   */
  private static final class Writer implements AutoCloseable {
    private final Future<GraphStore> store;
    private final StageTimes times;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "newsgraph-writer"));
    private Future<?> pending;

    private final java.util.concurrent.atomic.AtomicInteger committed;

    /** @param store the store being opened: the first commit waits for it */
    Writer(Future<GraphStore> store, StageTimes times, java.util.concurrent.atomic.AtomicInteger committed) {
      this.store = store;
      this.times = times;
      this.committed = committed;
    }

    /**
     * Hands the batch over, first waiting for the previous one to be committed (a failed commit is
     * thrown here, and so is a store that could not be opened).
     */
    void write(Map<String, Model> batch) throws StoreException {
      awaitPending();
      if (batch.isEmpty()) return;
      GraphStore open = await(store);
      pending = thread.submit(() -> {
        long t0 = StageTimes.now();
        open.replaceGraphs(batch);
        committed.addAndGet(batch.size());
        times.since(Stage.STORE, t0);
      });
    }

    private void awaitPending() throws StoreException {
      if (pending == null) return;
      try {
        await(pending);
      } finally {
        pending = null;
      }
    }

    @Override
    public void close() throws StoreException {
      try {
        awaitPending();
      } finally {
        thread.shutdown();
      }
    }
  }

  /**
   * One article on a worker: read once, skipped when the store holds it built from the same text,
   * sidecar and pipeline, else processed and stored as {@code id}.
   */
  private Outcome process(Path f, Stored before, String id, Pipeline pipeline, RdfMapper mapper, Iris iris) {
    try {
      Article read = pipeline.read(f);
      String hash = BuiltArticle.contentHash(read);
      if (before != null && before.hash().equals(hash)) return Outcome.unchangedSince(f);
      List<String> warnings = new ArrayList<>(read.warnings());
      if (!read.id().equals(id))
        warnings.add(f + ": an article of the same name from " + before.path() + " is in the store; this one is stored as " + id);
      Article article = new Article(id, read.path(), read.text(), read.meta(), warnings);
      BuiltArticle built = BuiltArticle.of(article, hash, f.toAbsolutePath().normalize().toString(), pipeline, mapper, iris);
      return new Outcome(f, built.id(), built.url(), built.fingerprint(), built.counts(), built.model(), built.graph(), null,
          built.warnings(), false, before != null && read.id().equals(id));
    } catch (InputProblem p) {
      return Outcome.failed(f, p);
    } catch (RuntimeException | StackOverflowError | ExceptionInInitializerError e) {
      if (verbose) e.printStackTrace();
      return Outcome.failed(f, new InputProblem(f, "could not be processed: " + e));
    }
  }

  private static ProgressBar progressBar(int total) {
    if (System.console() == null) return null;
    return new ProgressBarBuilder().setTaskName("build").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
  }

  /**
   * Per-stage CPU time (summed over threads), the whole process's CPU time (which adds the JIT
   * compiler and the garbage collector), and the rate with and without the start-up (JVM and models).
   */
  private static void printBench(PrintStream err, StageTimes times, Summary s, BenchClock clock) {
    int n = Math.max(1, s.articles);
    err.println("stage         CPU ms   ms/article");
    for (Stage stage : Stage.values()) {
      double ms = times.nanos(stage) / 1e6;
      String name = (stage.isPart() ? "  " : "") + stage.name().toLowerCase(java.util.Locale.ROOT);
      err.printf(java.util.Locale.ROOT, "%-12s %9.0f %12.2f%n", name, ms, ms / n);
    }
    double processMs = processCpuNanos() / 1e6;
    if (processMs > 0)
      err.printf(java.util.Locale.ROOT, "%-12s %9.0f %12.2f  (all threads: JIT and GC included)%n", "process", processMs, processMs / n);
    long gcMs = 0, gcs = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMs += Math.max(0, gc.getCollectionTime());
      gcs += Math.max(0, gc.getCollectionCount());
    }
    err.printf(java.util.Locale.ROOT, "%-12s %9d %12.2f  (%d collections, wall time)%n", "gc", gcMs, (double) gcMs / n, gcs);
    double startup = clock.startupSeconds();
    double total = clock.totalSeconds();
    err.printf(java.util.Locale.ROOT, "start-up  %6.1f s (JVM %.1f s, models %.1f s)%n", startup, clock.jvmSeconds,
        startup - clock.jvmSeconds);
    err.printf(java.util.Locale.ROOT, "articles  %6.1f s, %.1f articles/s, %.1f ms/article on %d cores%n", total - startup,
        s.articles / Math.max(total - startup, 1e-9), 1000 * (total - startup) / n, Runtime.getRuntime().availableProcessors());
    if (!clock.steps.isEmpty())
      err.printf(java.util.Locale.ROOT, "ms/article by %d articles: %s%n", BenchClock.STEP, clock.perStep());
    err.printf(java.util.Locale.ROOT, "wall      %6.1f s, %.1f articles/s with start-up; peak heap %d MB%n", total,
        s.articles / Math.max(total, 1e-9), peakHeapBytes() / (1024 * 1024));
  }

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
    return peak;
  }

  /** When the JVM started, when the models were loaded, when the last article was written. */
  static final class BenchClock {
    final double jvmSeconds = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    static final int STEP = 100;
    final long created = System.nanoTime();
    final List<Long> steps = new ArrayList<>();
    long ready, done;

    /** Notes the time at which another {@link #STEP} articles were handed to the writer. */
    void step() {
      steps.add(System.nanoTime());
    }

    /** Milliseconds per article in each run of {@link #STEP} articles: flat when the store's size costs nothing. */
    String perStep() {
      StringBuilder out = new StringBuilder();
      long previous = ready;
      for (long t : steps) {
        out.append(String.format(java.util.Locale.ROOT, " %.1f", (t - previous) / 1e6 / STEP));
        previous = t;
      }
      return out.toString().strip();
    }

    double startupSeconds() {
      return jvmSeconds + (ready - created) / 1e9;
    }

    double totalSeconds() {
      return jvmSeconds + (done - created) / 1e9;
    }
  }
}
