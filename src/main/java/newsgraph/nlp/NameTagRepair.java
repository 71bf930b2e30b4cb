package newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Retags names the tagger took for function words. OpenNLP's English tagger sometimes gives an
 * unknown capitalised word a closed class ("Ugandan/ADP", "Yoweri/PRON", "Museveni/AUX"), which
 * derails the parser; a capitalised word in such a class that is none of that class's words
 * ({@code newsgraph/nlp/function-words.tsv}) becomes PROPN. Immutable and thread-safe.
 */
final class NameTagRepair {
  private final Map<String, Set<String>> classes;

  private NameTagRepair(Map<String, Set<String>> classes) {
    this.classes = classes;
  }

  static NameTagRepair load() {
    Map<String, Set<String>> classes = new HashMap<>();
    InputStream in = NameTagRepair.class.getClassLoader().getResourceAsStream("newsgraph/nlp/function-words.tsv");
    if (in == null) throw new UncheckedIOException(new IOException("newsgraph/nlp/function-words.tsv is not on the classpath"));
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] c = line.split("\t");
        classes.put(c[0], Set.copyOf(new HashSet<>(java.util.List.of(c[1].trim().split(" +")))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NameTagRepair(Map.copyOf(classes));
  }

  /** Repairs the tags in place. */
  void repair(String[] words, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int plus = tags[i].indexOf('+');
      // a joint tag ("PROPN+PART") is for a word with a clitic; a word without one takes its first part
      if (plus > 0 && w.indexOf('\'') < 0) tags[i] = tags[i].substring(0, plus);
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) continue;
      plus = tags[i].indexOf('+');
      String tag = plus > 0 ? tags[i].substring(0, plus) : tags[i];
      Set<String> members = classes.get(tag);
      if (members != null && !members.contains(w.toLowerCase(Locale.ROOT))) tags[i] = "PROPN";
    }
  }
}
