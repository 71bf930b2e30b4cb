package newsgraph.extract;

/** Words inside quotation marks, or reported speech. */
public enum QuoteKind {
  DIRECT("Direct"), INDIRECT("Indirect");

  private final String term;

  QuoteKind(String term) {
    this.term = term;
  }

  public String term() {
    return term;
  }
}
