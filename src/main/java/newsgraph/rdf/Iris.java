package newsgraph.rdf;

import java.util.List;
import java.util.stream.Collectors;
import newsgraph.entity.Entity;
import newsgraph.nlp.Span;

/**
 * Mints IRIs from canonical keys under a base IRI, so rebuilds agree: entities from their key
 * ({@code person/vladimir-putin}), events from their day and participants, facts from their
 * article and span. Immutable.
 */
public record Iris(String base) {
  public Iris {
    if (!base.endsWith("/") && !base.endsWith("#")) base = base + "/";
  }

  public String article(String id) {
    return base + "article/" + id;
  }

  public String entity(Entity e) {
    return base + e.key();
  }

  public String entity(String key) {
    return base + key;
  }

  public String event(String date, List<Entity> participants) {
    String who = participants.stream().map(e -> Entity.slug(e.name())).sorted().collect(Collectors.joining("--"));
    return base + "event/" + (date == null ? "undated" : date) + "/" + who;
  }

  public String fact(String articleId, String kind, Span span) {
    return article(articleId) + "/" + kind + "/" + span.begin() + "-" + span.end();
  }

  public String mention(String articleId, Span span) {
    return fact(articleId, "mention", span);
  }
}
