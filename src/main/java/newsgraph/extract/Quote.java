package newsgraph.extract;

import java.util.List;
import newsgraph.entity.Entity;
import newsgraph.nlp.Span;

/**
 * A quote: the span of its words in the original text, the words, direct or indirect, its
 * speakers (empty when none could be named: better none than a wrong one), the speech verb and
 * addressee when given, and the evidence.
 */
public record Quote(Span span, String text, QuoteKind kind, List<Entity> speakers, String verb, Entity addressee,
                    Evidence evidence) implements Fact {
  public Quote {
    speakers = List.copyOf(speakers);
  }
}
