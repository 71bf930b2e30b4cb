package newsgraph.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Finds {@code .txt} articles under files and folders and reads each with its sidecar. Problems
 * that make an article unusable throw {@link InputProblem} with a one-line reason; problems that
 * can be worked around (Windows-1252 text) become warnings on the article. Thread-safe.
 */
public final class CorpusReader {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  private final long maxBytes;

  public CorpusReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The {@code .txt} files below the given paths, sorted, each once. */
  public static List<Path> findArticles(List<Path> inputs) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
              .sorted()
              .forEach(found::add);
        }
      } else {
        found.add(input);
      }
    }
    return found.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
  }

  public static String idOf(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  public Article read(Path path) throws InputProblem {
    if (!Files.exists(path)) throw new InputProblem(path, "no such file");
    if (!Files.isReadable(path)) throw new InputProblem(path, "cannot be read (permission denied)");
    byte[] bytes;
    try {
      checkSize(path, Files.size(path));
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputProblem(path, "cannot be read: " + e.getMessage());
    }
    return fromBytes(path, bytes, () -> readSidecar(path));
  }

  /** The size limit of an article, in bytes (--max-bytes). */
  public long maxBytes() {
    return maxBytes;
  }

  /** Fails for an article larger than the limit, before it is read. */
  public void checkSize(Path path, long size) throws InputProblem {
    if (size > maxBytes)
      throw new InputProblem(path, "too large: " + size + " bytes, the limit is " + maxBytes + " (--max-bytes)");
  }

  /** Where an article's metadata comes from: its sidecar file, a field of a record, nothing. */
  @FunctionalInterface
  public interface MetaSource {
    ArticleMeta get() throws InputProblem;
  }

  /**
   * The article from its bytes, however they were fetched (a local file, or a file system of a
   * cluster): the same checks, decoding and warnings as {@link #read(Path)}. The metadata is read
   * only when the text is usable, so a bad text is reported before a bad sidecar, as by {@code read}.
   */
  public Article fromBytes(Path path, byte[] bytes, MetaSource meta) throws InputProblem {
    checkSize(path, bytes.length);
    List<String> warnings = new ArrayList<>();
    if (bytes.length == 0) throw new InputProblem(path, "empty file");
    if (looksBinary(bytes)) throw new InputProblem(path, "binary file, not text");
    String text;
    try {
      text = decode(bytes, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      try {
        text = decode(bytes, Charset.forName("windows-1252"));
        warnings.add(path + ": not UTF-8, decoded as Windows-1252");
      } catch (CharacterCodingException e2) {
        text = new String(bytes, StandardCharsets.ISO_8859_1);
        warnings.add(path + ": not UTF-8, decoded as ISO-8859-1");
      }
    }
    if (text.startsWith("\uFEFF")) text = " " + text.substring(1); // keep offsets: the BOM becomes a space
    if (text.isBlank()) throw new InputProblem(path, "empty file (only white space)");
    return new Article(idOf(path), path, text, meta.get(), warnings);
  }

  private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192), control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) return true;
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
    }
    return control > n / 20;
  }

  /** The sidecar {@code NAME.meta.json} beside the article, or empty metadata when there is none. */
  public static ArticleMeta readSidecar(Path article) throws InputProblem {
    Path sidecar = sidecarOf(article);
    if (!Files.exists(sidecar)) return ArticleMeta.EMPTY;
    try {
      return parseSidecar(sidecar, Files.readString(sidecar, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputProblem(sidecar, "sidecar cannot be read: " + e.getMessage());
    }
  }

  /** Where the sidecar of an article would be. */
  public static Path sidecarOf(Path article) {
    return article.resolveSibling(idOf(article) + ".meta.json");
  }

  /** A sidecar's text as metadata; {@code sidecar} names it in the one-line reason when it is broken. */
  public static ArticleMeta parseSidecar(Path sidecar, String text) throws InputProblem {
    JsonObject json;
    try {
      json = JSON.parse(text);
    } catch (org.apache.jena.atlas.json.JsonParseException e) {
      throw new InputProblem(sidecar, "sidecar is not valid JSON (line " + e.getLine() + ", column " + e.getColumn() + ": "
          + firstLine(e.getMessage()) + ")");
    } catch (RuntimeException e) {
      // issue 17: the parser's own failure ("TokenType.ordinal()") said nothing to a user: a cut-off file is the usual cause
      throw new InputProblem(sidecar, "sidecar is not valid JSON (cut off, or not a JSON object)");
    }
    return metaOf(sidecar, json);
  }

  /** The metadata fields of a JSON object (a sidecar, or a record of JSON Lines with its text). */
  public static ArticleMeta metaOf(Path where, JsonObject json) throws InputProblem {
    LocalDate published = null;
    String date = string(json, "published");
    if (date != null && !date.isBlank()) {
      try {
        published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      } catch (DateTimeParseException e) {
        throw new InputProblem(where, "bad \"published\" date '" + date + "' (expected YYYY-MM-DD)");
      }
    }
    return new ArticleMeta(string(json, "title"), string(json, "url"), string(json, "publisher"), published,
        string(json, "language"));
  }

  public static String string(JsonObject json, String key) {
    JsonValue v = json.get(key);
    return v != null && v.isString() ? v.getAsString().value() : null;
  }

  /** The first line of a parser's message, or "parse error" when it has none. */
  public static String firstLine(String s) {
    if (s == null) return "parse error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
