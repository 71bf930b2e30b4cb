package newsgraph.nlp;

import java.util.List;
import newsgraph.corpus.Article;

/**
 * An article with its sentences and tokens. {@code normalized} is the original text with curly
 * quotes and apostrophes made straight, character for character, so offsets agree with it.
 */
public record AnnotatedDocument(Article article, String normalized, List<Span> paragraphs, List<Sentence> sentences,
                                java.util.BitSet quoted) {
  public AnnotatedDocument {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    if (normalized.length() != article.text().length())
      throw new IllegalArgumentException("normalized text must keep the original offsets");
  }

  public AnnotatedDocument(Article article, String normalized, List<Span> paragraphs, List<Sentence> sentences) {
    this(article, normalized, paragraphs, sentences, quoteParity(normalized, paragraphs));
  }

  /**
   * Whether the character offset stands inside quotation marks: an odd number of marks (a straight
   * double quote, or two apostrophes) before it in its paragraph, read in constant time.
   */
  public boolean insideQuotes(int offset) {
    return quoted.get(offset);
  }

  /**
   * For each offset, the parity of the quotation marks before it in its paragraph, in one pass
   * (issue 17: counting them anew for every pronoun and candidate took minutes on a long paragraph).
   */
  private static java.util.BitSet quoteParity(String text, List<Span> paragraphs) {
    java.util.BitSet bits = new java.util.BitSet(text.length());
    for (Span p : paragraphs) {
      boolean odd = false;
      for (int i = p.begin(); i < p.end(); i++) {
        char c = text.charAt(i);
        if (odd) bits.set(i);
        if (c == '"') {
          odd = !odd;
        } else if (c == '\'' && i + 1 < p.end() && text.charAt(i + 1) == '\'') {
          if (odd) bits.set(i + 1);
          odd = !odd;
          i++;
        }
      }
      if (odd && p.end() < text.length()) bits.set(p.end());
    }
    return bits;
  }

  public String text() {
    return article.text();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::size).sum();
  }
}
