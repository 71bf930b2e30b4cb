package newsgraph.extract;

import java.util.List;
import newsgraph.entity.EntityDocument;

/** Finds one kind of fact in one article. Stateless and thread-safe. */
public interface Extractor<F extends Fact> {
  /** A stable name for logs and provenance, e.g. {@code quotes}. */
  String name();

  List<F> extract(EntityDocument doc);
}
