package newsgraph.nlp;

import java.util.List;

/**
 * A sentence: its index in the article, its span, its paragraph index, its tokens and its
 * dependency tree ({@link DependencyParser}).
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens, DependencyTree tree) {
  public Sentence {
    tokens = List.copyOf(tokens);
    if (tree.size() != tokens.size()) throw new IllegalArgumentException("the tree does not fit the tokens");
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Index of the first token that starts at or after the character offset, or size(). */
  public int tokenAtOrAfter(int offset) {
    for (Token t : tokens) if (t.span().begin() >= offset) return t.index();
    return tokens.size();
  }

  /** Index of the last token that ends at or before the character offset, or -1. */
  public int tokenEndingBy(int offset) {
    int found = -1;
    for (Token t : tokens) if (t.span().end() <= offset) found = t.index();
    return found;
  }
}
