package newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsgraph.pipeline.JobInfo;
import newsgraph.pipeline.Pipeline;
import newsgraph.rdf.Iris;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import newsgraph.cli.ArticleLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph spark}: the build's pipeline on Apache Spark. The driver lists the inputs; each
 * task reads its sources and runs the unchanged {@link Pipeline} on their articles (loaded once per
 * executor); the driver then drops duplicates as {@code build} does and writes every article's
 * named graph as N-Quads ({@code part-*.nq.gz}), a manifest of the articles built and failed, and
 * the job's record for {@code newsgraph load}.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Build on Apache Spark: articles (.txt + sidecars, JSON Lines, WARC) from any Hadoop file system "
        + "to N-Quads for 'newsgraph load'.")
public final class SparkCommand implements Callable<Integer> {
  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (any Hadoop file system;"
      + " must not exist, or be empty).")
  String out;

  @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the data (default: " + Iris.DEFAULT_BASE + ").")
  String base = Iris.DEFAULT_BASE;

  @Option(names = "--partitions", description = "Tasks to split the inputs into (default: four per core of the cluster,"
      + " at most one per input file).")
  int partitions;

  @Mixin ArticleLimits limits;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders or files: .txt articles, .jsonl(.gz), .warc(.gz).")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintStream err = System.err;
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    if (!Iris.usableBase(base)) {
      err.println("newsgraph: --base: '" + base + "' is not an absolute http(s) IRI ending in '/' or '#'");
      return 2;
    }
    SparkConf conf = new SparkConf().setAppName("newsgraph").setIfMissing("spark.master", "local[*]")
        .setIfMissing("spark.ui.showConsoleProgress", "true");
    if (master != null) conf.setMaster(master);
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      Configuration hadoop = sc.hadoopConfiguration();
      Path outDir = new Path(out);
      FileSystem outFs = outDir.getFileSystem(hadoop);
      if (outFs.exists(outDir) && outFs.listStatus(outDir).length > 0) {
        err.println("newsgraph: spark: --out " + out + " is not empty (a job writes a new folder)");
        return 2;
      }
      outFs.delete(outDir, true);
      List<Source> sources;
      try {
        sources = Sources.list(paths, hadoop);
      } catch (IOException e) {
        err.println("newsgraph: spark: " + e.getMessage());
        return 2;
      }
      int slices = Math.max(1, Math.min(sources.size(), partitions > 0 ? partitions : 4 * sc.defaultParallelism()));
      err.printf("newsgraph: spark: %d input files in %d tasks on %s%n", sources.size(), slices, sc.master());

      JobSettings settings = new JobSettings(base, limits.maxBytes, limits.articleTimeout);
      Broadcast<Map<String, String>> hadoopConf = sc.broadcast(settingsOf(hadoop));
      JavaRDD<Result> results = sc.parallelize(sources, slices)
          .mapPartitions(part -> Worker.get(settings).run(part, configurationOf(hadoopConf.value())))
          .persist(StorageLevel.MEMORY_AND_DISK_SER());

      Broadcast<Map<Long, Result.Drop>> drops = sc.broadcast(Duplicates.find(sc, results));
      long[] totals = results.map(r -> totals(r, drops.value().get(r.order()))).reduce(SparkCommand::sum);

      String quadsTmp = out + "/_quads", manifestTmp = out + "/_manifest";
      results.filter(r -> r.built() && !drops.value().containsKey(r.order())).map(Result::nquads)
          .saveAsTextFile(quadsTmp, GzipCodec.class);
      results.map(r -> r.manifestLine(drops.value().get(r.order()))).saveAsTextFile(manifestTmp);
      results.unpersist(false);
      OutputFiles.finish(outFs, outDir, new Path(quadsTmp), new Path(manifestTmp));
      int built = (int) totals[0], failed = (int) totals[1];
      try (OutputStream info = outFs.create(new Path(outDir, JobInfo.FILE))) {
        new JobInfo(base, Pipeline.version(), started, Instant.now(), built, failed).write(info);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      err.printf(java.util.Locale.ROOT,
          "built %d articles (%d sentences): %d entities, %d meetings, %d quotes, %d positions; %d failed; %d duplicates;"
              + " %.1f s, %.1f articles/s%n", built, totals[3], totals[4], totals[5], totals[6], totals[7], failed, totals[2],
          seconds, built / Math.max(seconds, 1e-9));
      err.println("newsgraph: spark: wrote " + out + " (part-*.nq.gz, manifest.tsv, " + JobInfo.FILE
          + "); load it with: newsgraph load --store DIR " + out);
      return failed > 0 ? 1 : 0;
    } catch (IOException e) {
      err.println("newsgraph: spark: cannot write " + out + ": " + e.getMessage());
      return 2;
    }
  }

  /** Built, failed, duplicate, then the five counts of a built article. */
  private static long[] totals(Result r, Result.Drop drop) {
    long[] t = new long[8];
    if (!r.built() || drop != null && drop.failure()) t[1] = 1;
    else if (drop != null) t[2] = 1;
    else {
      t[0] = 1;
      for (int k = 0; k < 5; k++) t[3 + k] = r.counts()[k];
    }
    return t;
  }

  private static long[] sum(long[] a, long[] b) {
    long[] s = new long[a.length];
    for (int k = 0; k < a.length; k++) s[k] = a[k] + b[k];
    return s;
  }

  /** The driver's Hadoop settings (credentials of an object store, say), for the executors to read with. */
  private static Map<String, String> settingsOf(Configuration conf) {
    Map<String, String> out = new HashMap<>();
    conf.iterator().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Configuration configurationOf(Map<String, String> settings) {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }
}
