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
  /** The base IRI of a store built without {@code --base}. */
  public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

  /** An absolute http or https IRI that can prefix the data's paths (it ends in '/' or '#'). */
  public static boolean usableBase(String iri) {
    try {
      java.net.URI u = new java.net.URI(iri);
      return u.isAbsolute() && u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && (iri.endsWith("/") || iri.endsWith("#"));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

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
