package newsgraph.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one article on an executor: its graph as N-Quads and what the driver needs to
 * find duplicates and write the manifest, or the one-line reason it failed.
 *
 * @param counts sentences, entities, meetings, quotes, positions (null when it failed)
 */
record Result(long order, String label, String graph, String id, String url, String fingerprint, String nquads,
              int[] counts, List<String> warnings, String problem) implements Serializable {
  static Result failed(Input input, String problem) {
    return new Result(input.order(), input.label(), null, null, null, null, null, null, List.of(), problem);
  }

  boolean built() {
    return problem == null;
  }

  /** A line of the manifest: status, source, article IRI, and the reason or warnings. */
  String manifestLine(Drop drop) {
    if (!built()) return line("failed", label, "", problem);
    if (drop != null) return line(drop.failure() ? "failed" : "duplicate", label, graph, drop.reason());
    return line("built", label, graph, String.join("; ", warnings));
  }

  static final String MANIFEST_HEADER = "status\tsource\tarticle\tdetail";

  private static String line(String status, String source, String article, String detail) {
    return status + "\t" + clean(source) + "\t" + clean(article) + "\t" + clean(detail);
  }

  /** A field of a TSV line: no tabs or line breaks inside. */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** Why an article that was built is left out: a second one of its name (a failure), URL or text (a duplicate). */
  record Drop(boolean failure, String reason) implements Serializable {}
}
