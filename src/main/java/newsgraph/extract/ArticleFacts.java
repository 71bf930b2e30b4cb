package newsgraph.extract;

import java.util.List;
import newsgraph.entity.EntityDocument;

/** Everything the pipeline found in one article: its resolved entities and its facts. Immutable. */
public record ArticleFacts(EntityDocument entities, List<Meeting> meetings, List<Quote> quotes, List<Position> positions) {
  public ArticleFacts {
    meetings = List.copyOf(meetings);
    quotes = List.copyOf(quotes);
    positions = List.copyOf(positions);
  }

  public String articleId() {
    return entities.doc().article().id();
  }
}
