package newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the job's inputs on any Hadoop file system (local, HDFS, S3, …): folders are walked,
 * files are taken by their name. {@code .txt} is an article (its {@code NAME.meta.json} beside it
 * is its sidecar, as for {@code build}); {@code .jsonl}, {@code .jsonl.gz}, {@code .ndjson} are JSON
 * Lines; {@code .warc}, {@code .warc.gz} are WARC files. Other files in a folder are skipped.
 */
final class Sources {
  private Sources() {}

  static List<Source> list(List<String> paths, Configuration conf) throws IOException {
    List<Source> out = new ArrayList<>();
    Set<String> listed = new HashSet<>(); // a file named twice (a folder and a file in it) is read once, as by build
    for (String p : paths) {
      Path path = new Path(p);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) throw new IOException(p + ": no such file or folder");
      FileStatus status = fs.getFileStatus(path);
      List<String> files = new ArrayList<>();
      Set<String> names = new HashSet<>();
      if (status.isDirectory()) {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (f.isFile()) files.add(f.getPath().toString());
        }
        files.sort(null); // the order build walks a folder in
        names.addAll(files);
      } else {
        files.add(status.getPath().toString());
      }
      for (String f : files) {
        Source.Kind kind = kindOf(f);
        if (!listed.add(f)) continue;
        if (kind == null) {
          if (!status.isDirectory()) throw new IOException(p + ": not an article (.txt), JSON Lines (.jsonl) or WARC file");
          continue;
        }
        String sidecar = null;
        if (kind == Source.Kind.TEXT) {
          String candidate = f.substring(0, f.length() - ".txt".length()) + ".meta.json";
          if (status.isDirectory() ? names.contains(candidate) : fs.exists(new Path(candidate))) sidecar = candidate;
        }
        out.add(new Source(kind, f, sidecar, out.size()));
      }
    }
    return out;
  }

  static Source.Kind kindOf(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) return Source.Kind.TEXT;
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson") || name.endsWith(".ndjson.gz"))
      return Source.Kind.JSON_LINES;
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return Source.Kind.WARC;
    return null;
  }
}
