package newsgraph.spark;

import java.io.Serializable;

/**
 * One input file of the job, as the driver lists it: an article ({@code .txt}, with its sidecar
 * when there is one), a file of JSON Lines, or a WARC file of a crawl. {@code order} is its place
 * in the listing, which sorts like {@code build}'s, so that the first of two duplicates is the same
 * article in both.
 */
record Source(Kind kind, String uri, String sidecar, int order) implements Serializable {
  enum Kind { TEXT, JSON_LINES, WARC }

  /** The order of the n-th article read from this source: sources first, then records within one. */
  long orderOf(long record) {
    return ((long) order << 32) | record;
  }
}
