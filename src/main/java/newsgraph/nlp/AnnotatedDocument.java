package newsgraph.nlp;

import java.util.List;
import newsgraph.corpus.Article;

/**
 * An article with its sentences and tokens. {@code normalized} is the original text with curly
 * quotes and apostrophes made straight, character for character, so offsets agree with it.
 */
public record AnnotatedDocument(Article article, String normalized, List<Span> paragraphs, List<Sentence> sentences) {
  public AnnotatedDocument {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    if (normalized.length() != article.text().length())
      throw new IllegalArgumentException("normalized text must keep the original offsets");
  }

  public String text() {
    return article.text();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::size).sum();
  }
}
