package newsgraph.nlp;

import java.util.Locale;

/**
 * One token: its span in the original text, the word as written (curly quotes made straight),
 * its Universal Dependencies part of speech, its index in the sentence and its lemma (WordNet's,
 * see {@link Lemmatizer}). {@code lower} is the word in lower case, made once: the rules ask for it
 * many times per token.
 */
public record Token(int index, Span span, String word, String pos, String lower, String lemma) {
  public Token(int index, Span span, String word, String pos, String lemma) {
    this(index, span, word, pos, word.toLowerCase(Locale.ROOT), lemma);
  }

  public Token(int index, Span span, String word, String pos) {
    this(index, span, word, pos, word.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
  }

  public boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  public boolean isPunct() {
    return "PUNCT".equals(pos) || (!word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0)));
  }

  public boolean isVerb() {
    return "VERB".equals(pos) || "AUX".equals(pos);
  }

  public boolean is(String... words) {
    for (String w : words) if (word.equalsIgnoreCase(w)) return true;
    return false;
  }
}
