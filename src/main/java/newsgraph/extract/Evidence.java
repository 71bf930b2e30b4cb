package newsgraph.extract;

import newsgraph.nlp.Span;

/** Where a fact comes from: the article id, the span that states it, its sentence, and the rule that found it. */
public record Evidence(String article, Span span, Span sentence, String rule) {}
