package newsgraph.entity;

import newsgraph.nlp.Span;

/**
 * One mention of an entity: the sentence, the token range [first, end) in it, the character span,
 * the text as written, how it names the entity, and the entity it was resolved to.
 */
public record Mention(int sentence, int first, int end, Span span, String surface, MentionKind kind, Entity entity) {
  public Mention withEntity(Entity e) {
    return new Mention(sentence, first, end, span, surface, kind, e);
  }

  public boolean isPerson() {
    return entity.type() == EntityType.PERSON;
  }
}
