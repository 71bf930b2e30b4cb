package newsgraph.spark;

import newsgraph.corpus.Article;
import newsgraph.corpus.InputProblem;

/**
 * One article as read on an executor, or the problem that kept it from being read.
 *
 * @param order its place among all the job's articles ({@link Source#orderOf})
 * @param label where it came from, as the manifest shows it (a path, with {@code #line=N} or
 *     {@code #record=N} inside a file of many)
 * @param sourcePath what the graph records as its source path ({@code build}'s absolute path for a local file)
 */
record Input(long order, String label, String sourcePath, Article article, InputProblem problem) {
  static Input read(long order, String label, String sourcePath, Article article) {
    return new Input(order, label, sourcePath, article, null);
  }

  static Input failed(long order, String label, InputProblem problem) {
    return new Input(order, label, label, null, problem);
  }
}
