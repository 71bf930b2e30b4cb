package newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas the way WordNet's Morphy finds them: an irregular form from WordNet's exception lists,
 * else the first detachment of a regular suffix ("-ies" to "-y", "-ed", "-ing", …) that leaves a
 * WordNet lemma of the token's part of speech, else the word itself. Verbs, nouns and adjectives
 * only; other words are their own lower-case lemma. Data: {@code newsgraph/wordnet/} (made by
 * {@code scripts/wordnet-lexicon.py}). Thread-safe, loaded once.
 */
public final class Lemmatizer {
  private static final Once<Lemmatizer> INSTANCE = new Once<>(Lemmatizer::load);
  private static final String[][] VERB_RULES = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
      {"ing", "e"}, {"ing", ""}};
  private static final String[][] NOUN_RULES = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
      {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
  private static final String[][] ADJ_RULES = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

  /** word -> the parts of speech it is a WordNet lemma of ("v", "n", "a" letters). */
  private final Map<String, String> words;
  /** "v:went" -> "go" */
  private final Map<String, String> exceptions;

  Lemmatizer(Map<String, String> words, Map<String, String> exceptions) {
    this.words = words;
    this.exceptions = exceptions;
  }

  public static Lemmatizer get() {
    return INSTANCE.get();
  }


  /** The lemma of a word with its UD tag. */
  public String lemma(String word, String upos) {
    String lower = word.toLowerCase(Locale.ROOT);
    char pos = switch (upos) {
      case "VERB", "AUX" -> 'v';
      case "NOUN" -> 'n';
      case "ADJ" -> 'a';
      default -> ' ';
    };
    if (pos == ' ') return lower;
    String irregular = exceptions.get(pos + ":" + lower);
    if (irregular != null) return irregular;
    String[][] rules = pos == 'v' ? VERB_RULES : pos == 'n' ? NOUN_RULES : ADJ_RULES;
    for (String[] rule : rules) {
      if (lower.length() > rule[0].length() + 1 && lower.endsWith(rule[0])) {
        String base = lower.substring(0, lower.length() - rule[0].length()) + rule[1];
        if (isLemma(base, pos)) return base;
      }
    }
    // doubled consonants: "planned" -> "plan", "meeting" stays (a noun of its own)
    if (pos == 'v') {
      for (String suffix : new String[] {"ed", "ing"}) {
        int cut = lower.length() - suffix.length();
        if (lower.endsWith(suffix) && cut >= 3 && lower.charAt(cut - 1) == lower.charAt(cut - 2)
            && isLemma(lower.substring(0, cut - 1), pos))
          return lower.substring(0, cut - 1);
      }
    }
    return lower;
  }

  boolean isLemma(String word, char pos) {
    String p = words.get(word);
    return p != null && p.indexOf(pos) >= 0;
  }

  private static Lemmatizer load() {
    Map<String, String> words = new HashMap<>(1 << 17);
    Map<String, String> exceptions = new HashMap<>(1 << 13);
    try (BufferedReader in = reader("newsgraph/wordnet/words.tsv.gz", true)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        words.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WordNet's words", e);
    }
    try (BufferedReader in = reader("newsgraph/wordnet/exceptions.tsv", false)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#")) continue;
        String[] c = line.split("\t");
        exceptions.putIfAbsent(c[0] + ":" + c[1], c[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WordNet's exceptions", e);
    }
    return new Lemmatizer(words, exceptions);
  }

  private static BufferedReader reader(String resource, boolean gzip) throws IOException {
    InputStream in = Lemmatizer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IOException(resource + " is not on the classpath");
    return new BufferedReader(new InputStreamReader(gzip ? new java.util.zip.GZIPInputStream(in) : in, StandardCharsets.UTF_8));
  }
}
