package newsgraph.entity;

import newsgraph.nlp.Span;

/**
 * A mention before coreference: where it is, how it names, and what the text itself says of it.
 * {@code name} is the name as written without title or honorific (persons), {@code entity} the
 * gazetteer or pattern entity when the text names one outright, {@code title}/{@code roleKind}
 * the role words and {@code country} the country key the mention ties it to.
 */
record Candidate(int sentence, int first, int end, Span span, String surface, MentionKind kind, EntityType type,
                 String name, Entity entity, String title, String roleKind, String country, boolean marked) {

  /** A person name given with a title or honorific ("President Xi", "Mr. Wang"): surely a person. */
  boolean isMarkedPerson() {
    return marked;
  }

  // the generated hashCode calls through a method handle per component, thirteen of them, and the
  // resolver hashes candidates at every lookup; where a mention stands tells them apart
  @Override
  public int hashCode() {
    return (sentence * 31 + first) * 31 + end;
  }

  int tokenCount() {
    return name == null ? 0 : name.split(" ").length;
  }
}
