package newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Puts the job's output in the shape {@code newsgraph load} and a reader expect: Spark's
 * {@code part-NNNNN.gz} become {@code part-NNNNN.nq.gz} (TDB2's loaders take the format from the
 * name), and the manifest's parts one {@code manifest.tsv} with a header, in input order.
 */
final class OutputFiles {
  private OutputFiles() {}

  static final String MANIFEST = "manifest.tsv";

  static void finish(FileSystem fs, Path out, Path quads, Path manifest) throws IOException {
    for (FileStatus part : parts(fs, quads)) {
      String name = part.getPath().getName();
      Path target = new Path(out, name.substring(0, name.length() - ".gz".length()) + ".nq.gz");
      if (!fs.rename(part.getPath(), target)) throw new IOException("cannot move " + part.getPath() + " to " + target);
    }
    fs.delete(quads, true);
    try (OutputStream all = fs.create(new Path(out, MANIFEST))) {
      all.write((Result.MANIFEST_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      for (FileStatus part : parts(fs, manifest))
        try (InputStream in = fs.open(part.getPath())) {
          in.transferTo(all);
        }
    }
    fs.delete(manifest, true);
  }

  /** Spark's part files of an output folder, in their order. */
  private static FileStatus[] parts(FileSystem fs, Path dir) throws IOException {
    FileStatus[] parts = fs.listStatus(dir, p -> p.getName().startsWith("part-"));
    Arrays.sort(parts, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    return parts;
  }
}
