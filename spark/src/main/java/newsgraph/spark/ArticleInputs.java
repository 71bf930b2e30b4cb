package newsgraph.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import newsgraph.corpus.Article;
import newsgraph.corpus.ArticleMeta;
import newsgraph.corpus.CorpusReader;
import newsgraph.corpus.InputProblem;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the articles of one {@link Source} on an executor, from whichever file system holds it,
 * one at a time (a WARC file holds thousands). Every problem becomes a failed {@link Input} with
 * {@code build}'s one-line reason; the reading goes on where it can.
 */
final class ArticleInputs {
  private ArticleInputs() {}

  static Iterator<Input> open(Source source, Configuration conf, CorpusReader reader) {
    return switch (source.kind()) {
      case TEXT -> List.of(text(source, conf, reader)).iterator();
      case JSON_LINES -> JsonLines.open(source, conf, reader);
      case WARC -> Warc.open(source, conf, reader);
    };
  }

  /**
   * The path an article is known by: a local file's own path (so that the graph and the messages
   * say what {@code build} says), else the path part of its URI.
   */
  static java.nio.file.Path localPath(String uri) {
    URI u = new Path(uri).toUri();
    return java.nio.file.Path.of(u.getPath());
  }

  /** The label of a file in the manifest: a local file's path, else its URI. */
  static String label(String uri) {
    URI u = new Path(uri).toUri();
    return u.getScheme() == null || "file".equals(u.getScheme()) ? u.getPath() : uri;
  }

  private static Input text(Source source, Configuration conf, CorpusReader reader) {
    java.nio.file.Path path = localPath(source.uri());
    long order = source.orderOf(0);
    try {
      Path file = new Path(source.uri());
      FileSystem fs = file.getFileSystem(conf);
      reader.checkSize(path, fs.getFileStatus(file).getLen());
      byte[] bytes;
      try (InputStream in = fs.open(file)) {
        bytes = in.readAllBytes();
      }
      Article article = reader.fromBytes(path, bytes, () -> sidecar(source, conf, path));
      return Input.read(order, label(source.uri()), path.toString(), article);
    } catch (InputProblem p) {
      return Input.failed(order, label(source.uri()), p);
    } catch (java.io.FileNotFoundException e) {
      return Input.failed(order, label(source.uri()), new InputProblem(path, "no such file"));
    } catch (IOException | RuntimeException e) {
      String reason = String.valueOf(e.getMessage()).contains("Permission denied") ? "cannot be read (permission denied)"
          : "cannot be read: " + e.getMessage();
      return Input.failed(order, label(source.uri()), new InputProblem(path, reason));
    }
  }

  private static ArticleMeta sidecar(Source source, Configuration conf, java.nio.file.Path article) throws InputProblem {
    if (source.sidecar() == null) return ArticleMeta.EMPTY;
    java.nio.file.Path sidecar = CorpusReader.sidecarOf(article);
    try {
      Path file = new Path(source.sidecar());
      try (InputStream in = file.getFileSystem(conf).open(file)) {
        return CorpusReader.parseSidecar(sidecar, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new InputProblem(sidecar, "sidecar cannot be read: " + e.getMessage());
    }
  }

  /** An id that is safe in an IRI path: the first 16 hex digits of the SHA-256 of a key (a URL). */
  static String idFor(String key) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A record's own id, kept to the characters an IRI path takes as they are. */
  static String safeId(String id) {
    return id.strip().replaceAll("[^A-Za-z0-9._~-]+", "-");
  }

  /** The stream of a file, decompressed when its name says so (.gz, .bz2…). */
  private static InputStream openDecompressed(Path file, Configuration conf) throws IOException {
    InputStream raw = file.getFileSystem(conf).open(file);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(file);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  /**
   * The articles of a file of many, read one at a time: {@link #pull} reads on until it has the
   * next one, or ends the file ({@link #end}); a file that cannot be opened is one failed input.
   */
  private abstract static class Records implements Iterator<Input> {
    final Source source;
    final CorpusReader reader;
    final String label;
    final java.nio.file.Path path;
    private final java.io.Closeable file;
    private Input next;
    private boolean done;

    Records(Source source, CorpusReader reader, java.io.Closeable file, Input failedToOpen) {
      this.source = source;
      this.reader = reader;
      this.label = label(source.uri());
      this.path = localPath(source.uri());
      this.file = file;
      this.next = failedToOpen;
      this.done = file == null;
    }

    /** The next article of the file (or the problem with it), or null when the file has none left. */
    abstract Input pull();

    /** Stops reading the file: at its end, or at a fault after which nothing more can be read. */
    final void end() {
      done = true;
      try {
        file.close();
      } catch (IOException e) {
        // read to the end, or failed already: nothing more to report
      }
    }

    @Override
    public final boolean hasNext() {
      while (next == null && !done) next = pull();
      return next != null;
    }

    @Override
    public final Input next() {
      if (!hasNext()) throw new NoSuchElementException();
      Input out = next;
      next = null;
      return out;
    }
  }

  /** A file of JSON Lines: one article a line, its {@code text} and the sidecar's fields. */
  private static final class JsonLines extends Records {
    private final BufferedReader lines;
    private final String stem;
    private long lineNo;

    private JsonLines(Source source, CorpusReader reader, BufferedReader lines, Input failedToOpen) {
      super(source, reader, lines, failedToOpen);
      this.lines = lines;
      String name = path.getFileName().toString();
      this.stem = name.substring(0, name.indexOf('.') > 0 ? name.indexOf('.') : name.length());
    }

    static JsonLines open(Source source, Configuration conf, CorpusReader reader) {
      try {
        return new JsonLines(source, reader, new BufferedReader(new InputStreamReader(
            openDecompressed(new Path(source.uri()), conf), StandardCharsets.UTF_8)), null);
      } catch (IOException e) {
        return new JsonLines(source, reader, null, Input.failed(source.orderOf(0), label(source.uri()),
            new InputProblem(localPath(source.uri()), "cannot be read: " + e.getMessage())));
      }
    }

    @Override
    Input pull() {
      while (true) {
        String line;
        try {
          line = lines.readLine();
        } catch (IOException e) {
          end();
          return Input.failed(source.orderOf(lineNo + 1), label + "#line=" + (lineNo + 1),
              new InputProblem(path, "cannot be read after line " + lineNo + ": " + e.getMessage()));
        }
        if (line == null) {
          end();
          return null;
        }
        lineNo++;
        if (!line.isBlank()) return record(line, lineNo);
      }
    }

    private Input record(String line, long n) {
      String where = label + "#line=" + n;
      java.nio.file.Path at = java.nio.file.Path.of(path + "#line=" + n);
      try {
        JsonObject json;
        try {
          json = JSON.parse(line);
        } catch (RuntimeException e) {
          throw new InputProblem(at, "not a JSON object (" + CorpusReader.firstLine(e.getMessage()) + ")");
        }
        String text = CorpusReader.string(json, "text");
        if (text == null) throw new InputProblem(at, "no \"text\" field");
        Article read = reader.fromBytes(at, text.getBytes(StandardCharsets.UTF_8), () -> CorpusReader.metaOf(at, json));
        String own = CorpusReader.string(json, "id");
        String id = own != null && !own.isBlank() ? safeId(own)
            : read.meta().url() != null ? idFor(read.meta().url()) : stem + "-" + n;
        return Input.read(source.orderOf(n), where, at.toString(), new Article(id, at, read.text(), read.meta(), read.warnings()));
      } catch (InputProblem p) {
        return Input.failed(source.orderOf(n), where, p);
      }
    }

  }

  /** A WARC file of a crawl: each HTML page fetched with status 200 is an article. */
  private static final class Warc extends Records {
    private final WarcReader warc;
    private long recordNo;

    private Warc(Source source, CorpusReader reader, WarcReader warc, Input failedToOpen) {
      super(source, reader, warc, failedToOpen);
      this.warc = warc;
    }

    static Warc open(Source source, Configuration conf, CorpusReader reader) {
      try {
        return new Warc(source, reader, new WarcReader(new Path(source.uri()).getFileSystem(conf).open(new Path(source.uri()))), null);
      } catch (IOException | IllegalArgumentException e) {
        return new Warc(source, reader, null, Input.failed(source.orderOf(0), label(source.uri()),
            new InputProblem(localPath(source.uri()), "cannot be read as WARC: " + e.getMessage())));
      }
    }

    @Override
    Input pull() {
      while (true) {
        WarcRecord record;
        try {
          var found = warc.next();
          if (found.isEmpty()) {
            end();
            return null;
          }
          record = found.get();
        } catch (IOException | RuntimeException e) {
          end();
          return Input.failed(source.orderOf(recordNo + 1), label + "#record=" + (recordNo + 1),
              new InputProblem(path, "cannot be read as WARC after record " + recordNo + ": " + e.getMessage()));
        }
        recordNo++;
        if (record instanceof WarcResponse response) {
          Input page = page(response, recordNo);
          if (page != null) return page;
        }
      }
    }

    /** The article of an HTML page, or null for any other record (a request, an image, a redirect). */
    private Input page(WarcResponse response, long n) {
      String where = label + "#record=" + n;
      java.nio.file.Path at = java.nio.file.Path.of(path + "#record=" + n);
      try {
        var http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || !"text".equals(type.type()) || !type.subtype().contains("html")) return null;
        String url = response.target();
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.maxBytes() + 1));
        }
        reader.checkSize(at, body.length);
        String charset = type.parameters().get("charset");
        var doc = Jsoup.parse(new java.io.ByteArrayInputStream(body), charset, url);
        LocalDate captured = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        HtmlText.Page page = HtmlText.of(doc, url, captured);
        Article read = reader.fromBytes(at, page.text().getBytes(StandardCharsets.UTF_8), page::meta);
        return Input.read(source.orderOf(n), where, at.toString(),
            new Article(idFor(url), at, read.text(), read.meta(), read.warnings()));
      } catch (InputProblem p) {
        return Input.failed(source.orderOf(n), where, p);
      } catch (IOException | RuntimeException e) {
        return Input.failed(source.orderOf(n), where, new InputProblem(at, "cannot be read as an HTML page: " + e.getMessage()));
      }
    }

  }
}
