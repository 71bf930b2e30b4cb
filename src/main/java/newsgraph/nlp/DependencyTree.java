package newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence's dependency tree: for each token (0-based) the index of its head (-1 for the root)
 * and the relation's label (ClearNLP's labels: {@code nsubj}, {@code dobj}, {@code prep},
 * {@code pobj}, {@code ccomp}, {@code conj}, …). Immutable.
 */
public final class DependencyTree {
  private final int[] heads;
  private final String[] labels;
  private final int[][] children;

  public DependencyTree(int[] heads, String[] labels) {
    if (heads.length != labels.length) throw new IllegalArgumentException("heads and labels differ in length");
    this.heads = heads.clone();
    this.labels = labels.clone();
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) kids.add(new ArrayList<>());
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i)
        throw new IllegalArgumentException("bad head " + heads[i] + " of token " + i);
      if (heads[i] >= 0) kids.get(heads[i]).add(i);
    }
    children = new int[heads.length][];
    for (int i = 0; i < heads.length; i++) children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
  }

  public int size() {
    return heads.length;
  }

  /** The head of token i, or -1 when i is a root. */
  public int head(int i) {
    return heads[i];
  }

  public String label(int i) {
    return labels[i];
  }

  /** The dependents of token i, left to right. */
  public int[] children(int i) {
    return children[i];
  }

  /** The first and last token index of i's subtree (its yield, projective or not). */
  public int[] extent(int i) {
    // iterative: a long sentence can be parsed into a chain thousands of arcs deep
    int lo = i, hi = i;
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.push(i);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
      for (int c : children[t]) todo.push(c);
    }
    return new int[] {lo, hi};
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < heads.length; i++) sb.append(i).append("<-").append(heads[i]).append(':').append(labels[i]).append(' ');
    return sb.toString().trim();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DependencyTree t && Arrays.equals(heads, t.heads) && Arrays.equals(labels, t.labels);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(heads) * 31 + Arrays.hashCode(labels);
  }
}
