package newsgraph.extract;

/** What an article says of a meeting: it took place, is announced, or is news of another kind. */
public enum MeetingStatus {
  OCCURRED("Occurred"), PLANNED("Planned"), REFUSED("Refused"), CANCELLED("Cancelled"), DENIED("Denied"),
  HYPOTHETICAL("Hypothetical"), NEGATED("Negated");

  private final String term;

  MeetingStatus(String term) {
    this.term = term;
  }

  /** The vocabulary term's local name, e.g. {@code Occurred}. */
  public String term() {
    return term;
  }
}
