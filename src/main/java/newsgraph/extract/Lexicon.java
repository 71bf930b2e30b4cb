package newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsgraph.entity.Gazetteer;
import newsgraph.nlp.Sentence;

/**
 * Speech, stance and meeting words from {@code speech-verbs.tsv}, {@code stance-verbs.tsv} and
 * {@code meeting-words.tsv}: general knowledge of English, looked up by inflected form so no
 * lemmatizer is needed. Immutable and thread-safe once loaded.
 */
public final class Lexicon {
  public static final List<String> FILES = List.of("speech-verbs.tsv", "stance-verbs.tsv", "meeting-words.tsv");

  /** A stance word: how many tokens it has, its polarity and its part of speech. */
  public record StanceWord(int length, String form, Polarity polarity, String part) {}

  private final Map<String, String> speechLemma = new HashMap<>();
  /** The first words of two-word speech verbs ("pointed" of "pointed out"): only they need the pair looked up. */
  private final Set<String> speechPairStarts = new HashSet<>();
  private final Map<String, StanceWord> stance = new HashMap<>();
  /** The stance phrases and their beginnings ("take", "take a"): a lookup stops when the words read begin none. */
  private final Set<String> stancePrefixes = new HashSet<>();
  private final Map<String, String> meeting = new HashMap<>();

  private static volatile Lexicon instance;

  public static Lexicon get() {
    Lexicon local = instance;
    if (local == null) {
      synchronized (Lexicon.class) {
        if (instance == null) instance = new Lexicon();
        local = instance;
      }
    }
    return local;
  }

  private Lexicon() {
    for (String[] row : Gazetteer.rows("speech-verbs.tsv")) {
      speechLemma.put(row[0], row[0]);
      if (row.length > 1) for (String form : row[1].split("\\|")) speechLemma.put(form.strip(), row[0]);
    }
    for (String form : speechLemma.keySet()) if (form.indexOf(' ') > 0) speechPairStarts.add(form.substring(0, form.indexOf(' ')));
    for (String[] row : Gazetteer.rows("stance-verbs.tsv")) {
      Polarity p = Polarity.valueOf(row[1].toUpperCase(Locale.ROOT));
      String key = row[0] + "|" + row[2];
      stance.put(key, new StanceWord(row[0].split(" ").length, row[0], p, row[2]));
      Gazetteer.addWordPrefixes(stancePrefixes, row[0]);
    }
    for (String[] row : Gazetteer.rows("meeting-words.tsv")) meeting.put(row[0], row[1]);
  }

  /** The lemma of a speech verb starting at token i ("said" gives "say", "pointed out" gives "point out"). */
  public Optional<String> speechVerb(Sentence s, int i) {
    String w = s.token(i).lower();
    if (i + 1 < s.size() && s.token(i + 1).is("tank", "tanks")) return Optional.empty(); // a think tank thinks nothing
    if (i + 1 < s.size() && speechPairStarts.contains(w)) {
      String two = w + " " + s.token(i + 1).lower();
      if (speechLemma.containsKey(two)) return Optional.of(speechLemma.get(two));
    }
    return Optional.ofNullable(speechLemma.get(w));
  }

  /** The stance word starting at token i with the given part (verb, noun, adj), the longest first. */
  public Optional<StanceWord> stance(Sentence s, int i, String part) {
    String read = s.token(i).lower(); // most words begin no phrase: no copy is made for them
    StanceWord best = null;
    for (int k = i; k < Math.min(s.size(), i + 4); k++) {
      if (k > i) read = read + " " + s.token(k).lower();
      if (!stancePrefixes.contains(read)) break;
      StanceWord longer = stance.get(read + "|" + part);
      if (longer != null) best = longer;
    }
    return Optional.ofNullable(best);
  }

  /** The kind of meeting word a token is (meet, talks, host, visit, summit, call, handshake). */
  public Optional<String> meetingKind(String word) {
    return Optional.ofNullable(meeting.get(word.toLowerCase(Locale.ROOT)));
  }
}
