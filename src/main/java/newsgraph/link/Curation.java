package newsgraph.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's corrections for what no rule gets right, read from a TSV file (by default
 * {@code curation.tsv} in the working folder):
 * <pre>
 *   merge	Sergey Lavrov	Sergei Lavrov     # the first name is the second person
 *   apart	Wang	Wang Wenbin                 # never join these two
 * </pre>
 * Immutable.
 */
public final class Curation {
  public static final Curation NONE = new Curation(Map.of(), Set.of());
  private final Map<String, String> merges;
  private final Set<String> apart;

  private Curation(Map<String, String> merges, Set<String> apart) {
    this.merges = merges;
    this.apart = apart;
  }

  /** Reads the file; a line that is neither a merge nor an apart rule is reported with its number. */
  public static Curation read(Path file) throws IOException {
    Map<String, String> merges = new HashMap<>();
    Set<String> apart = new HashSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).replaceAll("#.*$", "").strip();
      if (line.isEmpty()) continue;
      String[] cols = line.split("\t+");
      if (cols.length != 3 || !(cols[0].equals("merge") || cols[0].equals("apart")))
        throw new IOException(file + ":" + (n + 1) + ": expected 'merge<TAB>name<TAB>name' or 'apart<TAB>name<TAB>name'");
      if (cols[0].equals("merge")) merges.put(cols[1].strip(), cols[2].strip());
      else apart.add(pair(cols[1].strip(), cols[2].strip()));
    }
    return new Curation(Map.copyOf(merges), Set.copyOf(apart));
  }

  /** Every name the corrections speak of, in the order of no importance. */
  public Set<String> names() {
    Set<String> out = new java.util.TreeSet<>();
    merges.forEach((a, b) -> {
      out.add(a);
      out.add(b);
    });
    for (String p : apart) out.addAll(List.of(p.split("\u0000")));
    return out;
  }

  /** The name a name is to be merged into, or null. */
  public String canonical(String name) {
    return merges.get(name);
  }

  public boolean apart(String a, String b) {
    return apart.contains(pair(a, b));
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
