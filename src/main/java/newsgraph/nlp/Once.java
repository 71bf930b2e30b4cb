package newsgraph.nlp;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, then shared: the models, lexicons and word sets
 * each load once per process, on whichever thread needs them first. Thread-safe.
 */
public final class Once<T> {
  private final Supplier<T> maker;
  private volatile T value;

  public Once(Supplier<T> maker) {
    this.maker = maker;
  }

  public T get() {
    T local = value;
    if (local == null) {
      synchronized (this) {
        if (value == null) value = maker.get();
        local = value;
      }
    }
    return local;
  }
}
