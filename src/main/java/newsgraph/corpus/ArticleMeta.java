package newsgraph.corpus;

import java.time.LocalDate;
import java.util.Optional;

/** What an article's sidecar {@code NAME.meta.json} says; every field may be absent (null). */
public record ArticleMeta(String title, String url, String publisher, LocalDate published, String language) {
  public static final ArticleMeta EMPTY = new ArticleMeta(null, null, null, null, null);

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }
}
