package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration of an arc-eager transition parser (Nivre 2003): a stack, a buffer position and
 * the arcs built so far, over tokens 1..n with the artificial root at the end of the buffer, n+1
 * (Ballesteros and Nivre 2013: a root at the front lets the parser make an early word the root
 * before it has seen the verb). Its features are the classifier's context; the same code makes them
 * at training and at parsing time. Not thread-safe.
 */
final class ParserState {
  static final String SHIFT = "S", REDUCE = "R", LEFT = "L-", RIGHT = "R-", ROOT = "root";

  private final String[] words, tags;
  final int n;
  final int[] heads;
  final String[] labels;
  private final int[] stack;
  private int depth;
  int next = 1;
  private final int[] leftmost, rightmost, leftCount, rightCount;

  /** words and tags of tokens 1..n at index 0..n-1 (lower-cased words, UD tags). */
  ParserState(String[] words, String[] tags) {
    this.n = words.length;
    this.words = words;
    this.tags = tags;
    heads = new int[n + 2];
    labels = new String[n + 2];
    java.util.Arrays.fill(heads, -1);
    stack = new int[n + 2];
    leftmost = new int[n + 2];
    rightmost = new int[n + 2];
    leftCount = new int[n + 2];
    rightCount = new int[n + 2];
  }

  /** The artificial root's position, after the last word. */
  int root() {
    return n + 1;
  }

  boolean done() {
    return next > n && depth == 0;
  }

  int s0() {
    return depth > 0 ? stack[depth - 1] : -1;
  }

  int s1() {
    return depth > 1 ? stack[depth - 2] : -1;
  }

  int stackAt(int k) {
    return depth > k ? stack[depth - 1 - k] : -1;
  }

  int depth() {
    return depth;
  }

  boolean legal(String transition) {
    int s0 = s0();
    if (transition.equals(SHIFT)) return next <= n;
    if (transition.equals(REDUCE)) return s0 > 0 && heads[s0] >= 0;
    boolean root = transition.endsWith("-" + ROOT);
    // the artificial root takes only the root relation, and only it, and is never a dependent
    if (transition.startsWith(LEFT)) return s0 > 0 && heads[s0] < 0 && (next == n + 1) == root;
    return s0 > 0 && next <= n && !root;
  }

  void apply(String transition) {
    int s0 = s0();
    if (transition.equals(SHIFT)) {
      stack[depth++] = next++;
    } else if (transition.equals(REDUCE)) {
      depth--;
    } else if (transition.startsWith(LEFT)) {
      arc(next, s0, transition.substring(LEFT.length()));
      depth--;
    } else {
      arc(s0, next, transition.substring(RIGHT.length()));
      stack[depth++] = next++;
    }
  }

  private void arc(int head, int dependent, String label) {
    heads[dependent] = head;
    labels[dependent] = label;
    if (dependent < head) {
      if (leftmost[head] == 0 || dependent < leftmost[head]) leftmost[head] = dependent;
      leftCount[head]++;
    } else {
      if (dependent > rightmost[head]) rightmost[head] = dependent;
      rightCount[head]++;
    }
  }

  private String w(int i) {
    return i <= 0 || i > n + 1 ? "<none>" : i == n + 1 ? "<root>" : words[i - 1];
  }

  private String t(int i) {
    return i <= 0 || i > n + 1 ? "<none>" : i == n + 1 ? "<root>" : tags[i - 1];
  }

  private String l(int i) {
    return i <= 0 || i > n || labels[i] == null ? "<none>" : labels[i];
  }

  /** The classifier's context in this configuration. */
  String[] features() {
    int s0 = s0(), s1 = s1(), b0 = next <= n + 1 ? next : -1, b1 = next + 1 <= n + 1 ? next + 1 : -1,
        b2 = next + 2 <= n + 1 ? next + 2 : -1, b3 = next + 3 <= n + 1 ? next + 3 : -1;
    int s0h = s0 > 0 ? heads[s0] : -1;
    int s0l = s0 > 0 && leftmost[s0] > 0 ? leftmost[s0] : -1, s0r = s0 > 0 && rightmost[s0] > 0 ? rightmost[s0] : -1;
    int b0l = b0 > 0 && b0 <= n && leftmost[b0] > 0 ? leftmost[b0] : -1;
    String s0w = w(s0), s0t = t(s0), b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2t = t(b2), s1t = t(s1);
    int dist = s0 > 0 && b0 > 0 ? Math.min(b0 - s0, 6) : 0;
    List<String> f = new ArrayList<>(44);
    f.add("bias");
    f.add("s0w=" + s0w);
    f.add("s0t=" + s0t);
    f.add("s0wt=" + s0w + "/" + s0t);
    f.add("b0w=" + b0w);
    f.add("b0t=" + b0t);
    f.add("b0wt=" + b0w + "/" + b0t);
    f.add("b1w=" + b1w);
    f.add("b1t=" + b1t);
    f.add("b1wt=" + b1w + "/" + b1t);
    f.add("b2t=" + b2t);
    f.add("b2w=" + w(b2));
    f.add("b3t=" + t(b3));
    f.add("s1w=" + w(s1));
    f.add("s1t=" + s1t);
    f.add("s2t=" + t(stackAt(2)));
    f.add("s0hw=" + w(s0h));
    f.add("s0ht=" + t(s0h));
    f.add("s0l=" + l(s0));
    f.add("s0lt=" + t(s0l) + "/" + l(s0l));
    f.add("s0rt=" + t(s0r) + "/" + l(s0r));
    f.add("b0lt=" + t(b0l) + "/" + l(b0l));
    f.add("s0w_b0w=" + s0w + "/" + b0w);
    f.add("s0wt_b0t=" + s0w + "/" + s0t + "/" + b0t);
    f.add("s0t_b0wt=" + s0t + "/" + b0w + "/" + b0t);
    f.add("s0t_b0t=" + s0t + "/" + b0t);
    f.add("s0t_b0t_b1t=" + s0t + "/" + b0t + "/" + b1t);
    f.add("b0t_b1t_b2t=" + b0t + "/" + b1t + "/" + b2t);
    f.add("s1t_s0t_b0t=" + s1t + "/" + s0t + "/" + b0t);
    f.add("s0ht_s0t_b0t=" + t(s0h) + "/" + s0t + "/" + b0t);
    f.add("s0t_s0lt_b0t=" + s0t + "/" + t(s0l) + "/" + b0t);
    f.add("s0t_s0rt_b0t=" + s0t + "/" + t(s0r) + "/" + b0t);
    f.add("s0t_b0t_b0lt=" + s0t + "/" + b0t + "/" + t(b0l));
    f.add("s0w_b0t_b1t=" + s0w + "/" + b0t + "/" + b1t);
    f.add("s0t_b0w_b1w=" + s0t + "/" + b0w + "/" + b1w);
    f.add("d_s0t_b0t=" + dist + "/" + s0t + "/" + b0t);
    f.add("d_s0w=" + dist + "/" + s0w);
    f.add("d_b0w=" + dist + "/" + b0w);
    f.add("s0vr=" + s0t + "/" + (s0 > 0 ? Math.min(rightCount[s0], 3) : -1));
    f.add("s0vl=" + s0t + "/" + (s0 > 0 ? Math.min(leftCount[s0], 3) : -1));
    f.add("b0vl=" + b0t + "/" + (b0 > 0 && b0 <= n ? Math.min(leftCount[b0], 3) : -1));
    f.add("s0has=" + (s0 > 0 && heads[s0] >= 0));
    f.add("s0l_b0t=" + l(s0) + "/" + s0t + "/" + b0t);
    f.add("depth=" + Math.min(depth, 5));
    return f.toArray(new String[0]);
  }
}
