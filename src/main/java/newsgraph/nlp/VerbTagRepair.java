package newsgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Repairs the tags the parser depends on most, each only for a word WordNet knows as a verb (or
 * a noun) in that form:
 * <ul>
 *   <li>a verb the tagger took for a noun or adjective right after a subject pronoun ("We all four
 *       support/NOUN the candidacy", "They firmly oppose/ADJ it"), with nothing between but words
 *       that float in a subject ("all", "both", "also", a number…);</li>
 *   <li>a word after a possessive is a noun ("Russia's call/VERB for");</li>
 *   <li>an -ing word right after "after", "before", "while", "by", "without"… is a gerund ("after
 *       revealing/NOUN in an interview that…"), unless "of" follows;</li>
 *   <li>a sentence that opens with an -ing word and "that" opens with a participle ("Noting/NOUN
 *       that the world expects…, the president said").</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class VerbTagRepair {
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "they", "you");
  private static final Set<String> FLOATING = Set.of("all", "both", "also", "still", "strongly", "firmly", "fully",
      "really", "each", "jointly", "together", "themselves", "ourselves");

  private final Lemmatizer lemmatizer;

  VerbTagRepair(Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
  }

  private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "his", "her", "its", "their", "our", "my", "your");

  /** Prepositions that take a gerund clause: "after revealing…", "by cutting…", "without naming…". */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("after", "before", "while", "by", "without", "upon",
      "since", "despite");

  /** Whether the word is the -ing form of a verb WordNet knows ("revealing", "noting"), not a noun of its own only. */
  private boolean verbIng(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.endsWith("ing")) return false;
    String stem = lemmatizer.lemma(w, "VERB");
    return !stem.equals(w) && lemmatizer.isLemma(stem, 'v');
  }

  /** Repairs the tags in place. */
  void repair(String[] words, String[] tags) {
    // "Noting/NOUN that the world expects…, the president said": a sentence that opens with an -ing
    // word and "that" opens with a participle of speech or thought
    if (words.length > 2 && tags[0].equals("NOUN") && words[1].equalsIgnoreCase("that") && verbIng(words[0]))
      tags[0] = "VERB";
    for (int i = 1; i < words.length; i++) {
      // "after revealing/NOUN in an interview that…": right after such a preposition, an -ing word
      // whose stem WordNet knows as a verb heads a clause, unless "of" follows ("after the signing of")
      if (tags[i].equals("NOUN") && GERUND_PREPOSITIONS.contains(words[i - 1].toLowerCase(Locale.ROOT))
          && !(i + 1 < words.length && words[i + 1].equalsIgnoreCase("of")) && verbIng(words[i])) {
        tags[i] = "VERB";
        continue;
      }
      // "Russia's call/VERB for", "its push/VERB for": after a possessive a word that can be a noun is one
      if (tags[i].equals("VERB") && POSSESSIVES.contains(words[i - 1].toLowerCase(Locale.ROOT))
          && lemmatizer.isLemma(words[i].toLowerCase(Locale.ROOT), 'n')) {
        tags[i] = "NOUN";
        continue;
      }
      if (!tags[i].equals("NOUN") && !tags[i].equals("ADJ")) continue;
      String w = words[i].toLowerCase(Locale.ROOT);
      if (!lemmatizer.isLemma(w, 'v')) continue; // the base form only: "we support", not "we supports"
      int k = i - 1;
      while (k >= 0 && (FLOATING.contains(words[k].toLowerCase(Locale.ROOT)) || tags[k].equals("NUM"))) k--;
      if (k >= 0 && SUBJECT_PRONOUNS.contains(words[k].toLowerCase(Locale.ROOT)) && tags[k].equals("PRON"))
        tags[i] = "VERB";
    }
  }
}
