package newsgraph.extract;

import newsgraph.entity.Entity;

/**
 * A stance: who holds it, its polarity, a short label of what it is about (at most 15 words), the
 * entity that target is when it is one (else null), the stance word and the evidence.
 */
public record Position(Entity holder, Polarity polarity, String target, Entity targetEntity, String cue,
                       Evidence evidence) implements Fact {}
