package newsgraph.store;

/** A store that cannot be opened or used, with a one-line reason. */
public final class StoreException extends Exception {
  public StoreException(String message) {
    super(message);
  }
}
