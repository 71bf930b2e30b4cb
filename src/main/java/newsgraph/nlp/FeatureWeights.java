package newsgraph.nlp;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model's weights laid out for lookup speed: an open-addressing table of 64-bit
 * fingerprints of the feature strings pointing into one flat array of (outcome, weight) pairs.
 * The model's own map costs several cache misses per feature (node, key, context, two arrays) and
 * a tagger looks up some twenty features per token; here it is one probe and one contiguous run.
 * Immutable and shared by all threads.
 *
 * <p>Two different features could share a fingerprint; among the model's own features that is
 * checked when the table is built (the table is then not used), and for an unknown feature the
 * chance is the number of features over 2^64 per lookup.
 */
final class FeatureWeights {
  // per slot, side by side so that one cache line holds both: the fingerprint (0 for an empty slot),
  // then where the feature's run begins in pairs (high half) and how many pairs it has (low half)
  private final long[] slots;
  /** Outcome index (exact as a double) and weight, side by side, feature after feature. */
  private final double[] pairs;
  private final int mask;

  private FeatureWeights(long[] slots, double[] pairs) {
    this.slots = slots;
    this.pairs = pairs;
    this.mask = slots.length / 2 - 1;
  }

  /** The table for the model's features, or null if two of them share a fingerprint. */
  static FeatureWeights of(Map<String, Context> predicates) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2)) << 1;
    long[] slots = new long[2 * capacity];
    int total = 0;
    for (Context c : predicates.values()) total += c.getOutcomes().length;
    double[] pairs = new double[2 * total];
    int next = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      long f = fingerprint(e.getKey());
      int slot = slot(f, capacity - 1);
      while (slots[2 * slot] != 0) {
        if (slots[2 * slot] == f) return null;
        slot = (slot + 1) & (capacity - 1);
      }
      int[] o = e.getValue().getOutcomes();
      double[] w = e.getValue().getParameters();
      slots[2 * slot] = f;
      slots[2 * slot + 1] = ((long) next << 32) | o.length;
      for (int k = 0; k < o.length; k++) {
        pairs[next++] = o[k];
        pairs[next++] = w[k];
      }
    }
    return new FeatureWeights(slots, pairs);
  }

  /** Adds the weights of each known feature to its outcome's score, in the order the model would. */
  void addScores(String[] features, double[] scores) {
    for (String feature : features) addScores(fingerprint(feature), scores);
  }

  /**
   * The same for the first {@code n} features given by their fingerprints. All slots are probed
   * first and the weights added after: the probes are independent memory reads the processor can
   * overlap, where one loop would wait for each feature's slot before the next. The weights are
   * added in the same order, so the sums are the same to the last bit.
   */
  void addScores(long[] fingerprints, int n, double[] scores) {
    long[] runs = new long[n];
    int found = 0;
    for (int i = 0; i < n; i++) {
      long run = find(fingerprints[i]);
      if (run != 0) runs[found++] = run;
    }
    for (int r = 0; r < found; r++) add(runs[r], scores);
  }

  private void addScores(long f, double[] scores) {
    long run = find(f);
    if (run != 0) add(run, scores);
  }

  /** Where the feature's weights are (start in pairs, high half; count, low half), or 0 for an unknown feature. */
  private long find(long f) {
    int slot = slot(f, mask);
    long found;
    while ((found = slots[2 * slot]) != f) {
      if (found == 0) return 0;
      slot = (slot + 1) & mask;
    }
    return slots[2 * slot + 1];
  }

  private void add(long run, double[] scores) {
    for (int k = (int) (run >>> 32), end = k + 2 * (int) run; k < end; k += 2) scores[(int) pairs[k]] += pairs[k + 1];
  }

  /** Whether the first {@code n} fingerprints are those of the feature strings, in their order. */
  static boolean sameFeatures(long[] fingerprints, int n, String[] features) {
    if (n != features.length) return false;
    for (int k = 0; k < n; k++) if (fingerprints[k] != fingerprint(features[k])) return false;
    return true;
  }

  /** FNV-1a over the UTF-16 units, then a final mix; never 0 (0 marks an empty slot). */
  static long fingerprint(String s) {
    return Fnv.finish(Fnv.of(s));
  }

  private static int slot(long fingerprint, int mask) {
    return (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
  }

  /**
   * FNV-1a over UTF-16 units in steps, so that a prefix's state can be continued with a word or a
   * character: {@link PosFeatures} and {@link TokenFeatures} hash their features without building them.
   */
  static final class Fnv {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv() {}

    static long of(String s) {
      return add(OFFSET, s);
    }

    static long add(long h, String s) {
      return add(h, s, 0, s.length());
    }

    static long add(long h, char c) {
      return (h ^ c) * PRIME;
    }

    static long add(long h, String s, int from, int to) {
      for (int i = from; i < to; i++) {
        h ^= s.charAt(i);
        h *= PRIME;
      }
      return h;
    }

    static long add(long h, char[] s, int from, int to) {
      for (int i = from; i < to; i++) {
        h ^= s[i];
        h *= PRIME;
      }
      return h;
    }

    /** The final mix of {@link FeatureWeights#fingerprint}; never 0. */
    static long finish(long h) {
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      return h == 0 ? 1 : h;
    }
  }
}
