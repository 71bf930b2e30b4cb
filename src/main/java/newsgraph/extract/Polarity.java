package newsgraph.extract;

/** The direction of a stance. */
public enum Polarity {
  SUPPORT("Support"), OPPOSE("Oppose"), NEUTRAL("Neutral");

  private final String term;

  Polarity(String term) {
    this.term = term;
  }

  public String term() {
    return term;
  }
}
