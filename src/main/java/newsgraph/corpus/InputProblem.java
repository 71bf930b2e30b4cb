package newsgraph.corpus;

import java.nio.file.Path;

/** An article that could not be used, with a one-line reason for the user. */
public final class InputProblem extends Exception {
  private final Path path;

  public InputProblem(Path path, String reason) {
    super(reason);
    this.path = path;
  }

  public Path path() {
    return path;
  }

  /** The one line shown to the user: the file, then the problem. */
  public String line() {
    return path + ": " + getMessage();
  }
}
