package newsgraph.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One article as read from disk: its id (the file name without {@code .txt}), the original text,
 * its sidecar metadata and the warnings raised while reading it (a re-decoded file, say).
 */
public record Article(String id, Path path, String text, ArticleMeta meta, List<String> warnings) {
  public Article {
    warnings = List.copyOf(warnings);
  }

  public static Article of(String id, String text, ArticleMeta meta) {
    return new Article(id, Path.of(id + ".txt"), text, meta, List.of());
  }
}
