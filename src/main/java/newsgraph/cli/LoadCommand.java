package newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import newsgraph.link.Curation;
import newsgraph.link.IdentityStep;
import newsgraph.pipeline.JobInfo;
import newsgraph.pipeline.Pipeline;
import newsgraph.rdf.BuildRecord;
import newsgraph.rdf.Iris;
import newsgraph.store.GraphStore;
import newsgraph.store.StoreException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Bulk-loads the article graphs that {@code newsgraph spark} wrote as N-Quads into a new store with
 * TDB2's bulk loader, then links identities and records the build, as {@code build} does after its
 * articles. The store is made in a folder beside the target and moved into place only when all of
 * it is done: a load that fails leaves nothing behind.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Bulk-load the N-Quads of a Spark build (part-*.nq.gz) into a new store, link identities, record the build.")
final class LoadCommand implements Callable<Integer> {
  enum Loader { phased, parallel, sequential }

  @Mixin StoreOption store;

  @Option(names = "--loader", description = "TDB2 bulk loader: phased (one index at a time: the least memory), parallel"
      + " (all indexes at once: for many cores), sequential (default: ${DEFAULT-VALUE}).", defaultValue = "phased")
  Loader loader;

  @Option(names = "--base", paramLabel = "IRI", description = "Base IRI the N-Quads were minted under (default: the"
      + " job's, from " + JobInfo.FILE + ", else " + Iris.DEFAULT_BASE + ").")
  String base;

  @Option(names = "--curation", paramLabel = "FILE", description = "Identity corrections: 'merge' and 'apart' lines "
      + "(default: curation.tsv when it exists).")
  Path curationFile;

  @Parameters(paramLabel = "NQ-DIR", arity = "1..*", description = "Output folders of 'newsgraph spark' (or .nq/.nq.gz files).")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    if (!GraphStore.isNew(store.store)) {
      err.println("newsgraph: load: the store at " + store.store + " is not empty; load builds a new store (choose another"
          + " --store, or remove it)");
      return Main.FATAL;
    }
    List<Path> files = new ArrayList<>();
    List<JobInfo> jobs = new ArrayList<>();
    for (Path input : inputs) {
      String problem = collect(input, files, jobs);
      if (problem != null) {
        err.println("newsgraph: load: " + problem);
        return Main.FATAL;
      }
    }
    if (files.isEmpty()) {
      err.println("newsgraph: load: no N-Quads (*.nq.gz, *.nq) in " + inputs);
      return Main.FATAL;
    }
    if (base != null && !Iris.usableBase(base)) {
      err.println("newsgraph: --base: '" + base + "' is not an absolute http(s) IRI ending in '/' or '#'");
      return Main.FATAL;
    }
    String base = this.base != null ? this.base : jobs.isEmpty() ? Iris.DEFAULT_BASE : jobs.get(0).baseIri();
    for (JobInfo job : jobs) {
      if (!job.baseIri().equals(base)) {
        err.println("newsgraph: load: the inputs were built with base <" + job.baseIri() + ">, not <" + base + ">");
        return Main.FATAL;
      }
      if (!job.pipelineVersion().equals(Pipeline.version()))
        err.println("newsgraph: warning: load: the N-Quads were made by pipeline " + job.pipelineVersion()
            + ", this is " + Pipeline.version() + " (a later build will redo those articles)");
    }
    Curation curation = BuildCommand.readCuration(curationFile, err);
    if (curation == null) return Main.FATAL;

    Path target = store.store.toAbsolutePath().normalize();
    Path staging = target.resolveSibling("." + target.getFileName() + ".loading-" + ProcessHandle.current().pid());
    try {
      deleteTree(staging);
      Iris iris = new Iris(base);
      long quads;
      try (GraphStore gs = GraphStore.open(staging, true)) {
        quads = bulkLoad(gs, files, err);
        gs.recordBaseIri(base);
        long t0 = System.nanoTime();
        int merged = new IdentityStep(iris, curation).apply(gs);
        err.printf(java.util.Locale.ROOT, "newsgraph: identities linked in %.1f s (%d person IRIs merged)%n",
            (System.nanoTime() - t0) / 1e9, merged);
        BuildCommand.unmatchedCurationNames(gs, curation).forEach(n ->
            err.println("newsgraph: warning: curation: '" + n + "' names no entity in the store (its line does nothing)"));
        int articles = jobs.stream().mapToInt(JobInfo::articles).sum();
        int failures = jobs.stream().mapToInt(JobInfo::failures).sum();
        Instant from = jobs.stream().map(JobInfo::started).min(Instant::compareTo).orElse(started);
        gs.addMeta(BuildRecord.of(iris, Main.version(), from, Instant.now(), articles, failures));
      }
      Files.deleteIfExists(target); // an empty folder (isNew) may stand where the store goes
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      err.printf(java.util.Locale.ROOT, "loaded %d quads from %d files into %s in %.1f s (%.0f quads/s)%n", quads,
          files.size(), target, seconds, quads / Math.max(seconds, 1e-9));
      return Main.OK;
    } catch (LoadFailure e) {
      err.println("newsgraph: load: " + e.getMessage() + "; nothing was written to " + target);
      deleteTree(staging);
      return Main.FATAL;
    } catch (StoreException | IOException | RuntimeException e) {
      err.println("newsgraph: load: cannot make the store at " + target + ": " + e.getMessage());
      deleteTree(staging);
      return Main.FATAL;
    }
  }

  /** A file the loader could not read: its name and the parser's first line. */
  private static final class LoadFailure extends Exception {
    LoadFailure(String message) {
      super(message);
    }
  }

  /**
   * Adds the N-Quads of {@code input} (a job's output folder, or a file) to {@code files}, sorted,
   * and the job's record when there is one; returns what is wrong with the input, or null.
   */
  private static String collect(Path input, List<Path> files, List<JobInfo> jobs) {
    if (Files.isRegularFile(input)) {
      if (!isNQuads(input)) return input + ": not an N-Quads file (*.nq, *.nq.gz)";
      files.add(input);
      return null;
    }
    if (!Files.isDirectory(input)) return input + ": no such file or folder";
    try (Stream<Path> list = Files.list(input)) {
      list.filter(LoadCommand::isNQuads).sorted().forEach(files::add);
    } catch (IOException e) {
      return input + ": cannot list it (" + e.getMessage() + ")";
    }
    Path info = input.resolve(JobInfo.FILE);
    if (Files.exists(info)) {
      try (InputStream in = Files.newInputStream(info)) {
        jobs.add(JobInfo.read(in));
      } catch (IOException e) {
        return info + ": " + e.getMessage();
      }
    }
    return null;
  }

  private static boolean isNQuads(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && (name.endsWith(".nq.gz") || name.endsWith(".nq"));
  }

  /** Loads the files with TDB2's bulk loader, in the store's own index layout; returns the quads loaded. */
  private long bulkLoad(GraphStore gs, List<Path> files, PrintStream err) throws LoadFailure {
    var dsg = gs.dataset().asDatasetGraph();
    DataLoader bulk = LoaderFactory.createLoader(plan(loader), dsg, (fmt, args) -> err.println(
        "newsgraph: load: " + String.format(java.util.Locale.ROOT, fmt, args)));
    bulk.startBulk();
    try {
      for (Path f : files) {
        try {
          bulk.load(f.toString());
        } catch (org.apache.jena.riot.RiotException e) {
          throw new LoadFailure(f + ": not valid N-Quads (" + QueryCommand.firstLine(e.getMessage()) + ")");
        }
      }
      bulk.finishBulk();
    } catch (LoadFailure | RuntimeException e) {
      bulk.finishException(e);
      throw e;
    }
    return bulk.countQuads();
  }

  /**
   * Jena's plans for this store's four quad indexes ({@code GraphStore}: GSPO, SPOG, POSG, OSPG; its
   * own plans name all six): the input stage of Jena's plan, then the primary index, then the rest.
   */
  private static LoaderPlan plan(Loader loader) {
    String[] triples = {"SPO", "POS", "OSP"};
    String[] quads = {"GSPO", "SPOG", "POSG", "OSPG"};
    return switch (loader) {
      case phased -> new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(), new String[] {triples[0]},
          new String[] {quads[0]}, new String[][] {{triples[1], triples[2]}}, new String[][] {{quads[1], quads[2], quads[3]}});
      case parallel -> new LoaderPlan(LoaderPlans.loaderPlanParallel.dataInputType(), triples, quads, new String[0][],
          new String[0][]);
      case sequential -> new LoaderPlan(LoaderPlans.loaderPlanLight.dataInputType(), new String[] {triples[0]},
          new String[] {quads[0]}, new String[][] {{triples[1]}, {triples[2]}},
          new String[][] {{quads[1]}, {quads[2]}, {quads[3]}});
    };
  }


  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a staging folder left behind is reported by the next load's deleteTree, not here
    }
  }
}
