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
      case JSON_LINES -> new JsonLines(source, conf, reader);
      case WARC -> new Warc(source, conf, reader);
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
      return Input.failed(order, label(source.uri()), new InputProblem(path, "cannot be read: " + e.getMessage()));
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

  /** A file of JSON Lines: one article a line, its {@code text} and the sidecar's fields. */
  private static final class JsonLines implements Iterator<Input> {
    private final Source source;
    private final CorpusReader reader;
    private final String label;
    private final java.nio.file.Path path;
    private final String stem;
    private BufferedReader lines;
    private Input next;
    private long lineNo;
    private boolean done;

    JsonLines(Source source, Configuration conf, CorpusReader reader) {
      this.source = source;
      this.reader = reader;
      this.label = label(source.uri());
      this.path = localPath(source.uri());
      String name = path.getFileName().toString();
      this.stem = name.substring(0, name.indexOf('.') > 0 ? name.indexOf('.') : name.length());
      try {
        lines = new BufferedReader(new InputStreamReader(openDecompressed(new Path(source.uri()), conf), StandardCharsets.UTF_8));
      } catch (IOException e) {
        next = Input.failed(source.orderOf(0), label, new InputProblem(path, "cannot be read: " + e.getMessage()));
        done = true;
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        String line;
        try {
          line = lines.readLine();
        } catch (IOException e) {
          next = Input.failed(source.orderOf(lineNo + 1), label + "#line=" + (lineNo + 1),
              new InputProblem(path, "cannot be read after line " + lineNo + ": " + e.getMessage()));
          close();
          break;
        }
        if (line == null) {
          close();
          break;
        }
        lineNo++;
        if (!line.isBlank()) next = record(line, lineNo);
      }
      return next != null;
    }

    private Input record(String line, long n) {
      String where = label + "#line=" + n;
      java.nio.file.Path at = java.nio.file.Path.of(path + "#line=" + n);
      try {
        JsonObject json;
        try {
          json = JSON.parse(line);
        } catch (RuntimeException e) {
          throw new InputProblem(at, "not a JSON object (" + firstLine(e.getMessage()) + ")");
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

    private void close() {
      done = true;
      try {
        lines.close();
      } catch (IOException e) {
        // read to the end, or failed already: nothing more to report
      }
    }

    @Override
    public Input next() {
      if (!hasNext()) throw new NoSuchElementException();
      Input out = next;
      next = null;
      return out;
    }
  }

  /** A WARC file of a crawl: each HTML page fetched with status 200 is an article. */
  private static final class Warc implements Iterator<Input> {
    private final Source source;
    private final CorpusReader reader;
    private final String label;
    private final java.nio.file.Path path;
    private WarcReader warc;
    private Input next;
    private long recordNo;
    private boolean done;

    Warc(Source source, Configuration conf, CorpusReader reader) {
      this.source = source;
      this.reader = reader;
      this.label = label(source.uri());
      this.path = localPath(source.uri());
      try {
        warc = new WarcReader(new Path(source.uri()).getFileSystem(conf).open(new Path(source.uri())));
      } catch (IOException | IllegalArgumentException e) {
        next = Input.failed(source.orderOf(0), label, new InputProblem(path, "cannot be read as WARC: " + e.getMessage()));
        done = true;
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        WarcRecord record;
        try {
          var found = warc.next();
          if (found.isEmpty()) {
            close();
            break;
          }
          record = found.get();
        } catch (IOException | RuntimeException e) {
          next = Input.failed(source.orderOf(recordNo + 1), label + "#record=" + (recordNo + 1),
              new InputProblem(path, "cannot be read as WARC after record " + recordNo + ": " + e.getMessage()));
          close();
          break;
        }
        recordNo++;
        if (record instanceof WarcResponse response) next = page(response, recordNo);
      }
      return next != null;
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

    private void close() {
      done = true;
      try {
        warc.close();
      } catch (IOException e) {
        // read to the end, or failed already: nothing more to report
      }
    }

    @Override
    public Input next() {
      if (!hasNext()) throw new NoSuchElementException();
      Input out = next;
      next = null;
      return out;
    }
  }

  static String firstLine(String s) {
    if (s == null) return "parse error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
