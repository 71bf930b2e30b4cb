package newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The named word classes the rules refer to as {@code @name}: open classes expanded from WordNet
 * ({@code newsgraph/wordnet/wordsets.tsv}) and closed grammatical ones
 * ({@code newsgraph/rules/wordsets.tsv}). Matched by lemma. Immutable, loaded once.
 */
public final class WordSets {
  private static final Once<WordSets> INSTANCE = new Once<>(WordSets::load);
  private final Map<String, Set<String>> sets;

  WordSets(Map<String, Set<String>> sets) {
    this.sets = Map.copyOf(sets);
  }

  public static WordSets get() {
    return INSTANCE.get();
  }

  /** The lemmas of a set; an unknown name is an error in the rules, reported at load. */
  public Set<String> set(String name) {
    Set<String> s = sets.get(name);
    if (s == null) throw new IllegalArgumentException("no word set @" + name);
    return s;
  }

  /** Whether the token's lemma (or, for a plural noun WordNet lists itself, its word) is in the set. */
  public boolean contains(String name, Token t) {
    Set<String> s = set(name);
    return s.contains(t.lemma()) || s.contains(t.lower());
  }

  private static WordSets load() {
    Map<String, Set<String>> sets = new HashMap<>();
    try {
      try (BufferedReader in = reader("newsgraph/wordnet/wordsets.tsv")) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.startsWith("#") || line.isBlank()) continue;
          String[] c = line.split("\t");
          sets.computeIfAbsent(c[0], k -> new HashSet<>()).add(c[2]);
        }
      }
      try (BufferedReader in = reader("newsgraph/rules/wordsets.tsv")) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.startsWith("#") || line.isBlank()) continue;
          String[] c = line.split("\t");
          Set<String> set = sets.computeIfAbsent(c[0], k -> new HashSet<>());
          for (String w : c[1].trim().split(" +")) set.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word sets", e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    sets.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new WordSets(frozen);
  }

  private static BufferedReader reader(String resource) throws IOException {
    InputStream in = WordSets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IOException(resource + " is not on the classpath");
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
