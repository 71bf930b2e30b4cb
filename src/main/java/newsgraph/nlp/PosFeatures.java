package newsgraph.nlp;

import java.util.Locale;
import newsgraph.nlp.FeatureWeights.Fnv;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of OpenNLP's default part-of-speech context generator (the one the English model
 * was trained with), produced as {@link FeatureWeights#fingerprint fingerprints} without building
 * the feature strings. OpenNLP builds some sixteen strings per token (lowercasing each word up to
 * six times on the way) only for the tagger to hash them; here each word is lowercased and
 * classified once per sentence and the hash runs over a feature's prefix and its word directly.
 *
 * <p>The features and their order are those of the model's {@code generator.featuregen}:
 * definition, suffixes and prefixes up to four characters, the lowercased word in a window of two
 * on each side, sentence begin in the same window, word class and word-with-class, and the previous
 * one and two tags. The order matters: the scores are sums, and the same sums in the same order
 * give the same tags to the last bit. {@code FastPathsTest} checks both against OpenNLP's generator.
 * Not thread-safe (reuses its buffers): one per tagger.
 */
final class PosFeatures {
  private static final int MAX_AFFIX = 4;
  private static final int WINDOW = 2;
  private static final long DEF = FeatureWeights.fingerprint("def");
  private static final long SUF = Fnv.of("suf="), PRE = Fnv.of("pre="), WORD = Fnv.of("w="), CLASS = Fnv.of("wc=");
  private static final long WORD_AND_CLASS = Fnv.of("w&c="), TAG = Fnv.of("t="), TWO_TAGS = Fnv.of("t2=");
  private static final long[] PREVIOUS_WORD = {Fnv.of("p1w="), Fnv.of("p2w=")};
  private static final long[] NEXT_WORD = {Fnv.of("n1w="), Fnv.of("n2w=")};
  private static final long[] SENTENCE_BEGIN = {
      FeatureWeights.fingerprint("S=begin"), FeatureWeights.fingerprint("p1S=begin"), FeatureWeights.fingerprint("p2S=begin")};

  private String[] lower = new String[0];
  private String[] classes = new String[0];
  private final long[] features = new long[32];

  /** Prepares the per-word parts of a sentence's features: lowercased words and word classes. */
  void sentence(String[] words) {
    if (lower.length < words.length) {
      lower = new String[words.length * 2];
      classes = new String[words.length * 2];
    }
    for (int i = 0; i < words.length; i++) {
      boolean ascii = isAscii(words[i]);
      lower[i] = ascii ? words[i].toLowerCase(Locale.ROOT) : StringUtil.toLowerCase(words[i]);
      classes[i] = ascii ? asciiWordClass(words[i]) : FeatureGeneratorUtil.tokenFeature(words[i]);
    }
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) if (word.charAt(i) >= 0x80) return false;
    return true;
  }

  /**
   * {@link FeatureGeneratorUtil#tokenFeature} for a word of ASCII characters, in its order of
   * tests. OpenNLP looks up every character's Unicode script (a binary search) to tell Japanese
   * scripts apart, which ASCII never is.
   */
  static String asciiWordClass(String word) {
    boolean allLower = true, allUpper = true, letters = false, hyphen = false, slash = false, comma = false, period = false;
    int digits = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean upper = c >= 'A' && c <= 'Z', lowerCase = c >= 'a' && c <= 'z';
      letters |= upper || lowerCase;
      allLower &= lowerCase;
      allUpper &= upper;
      if (c >= '0' && c <= '9') digits++;
      hyphen |= c == '-';
      slash |= c == '/';
      comma |= c == ',';
      period |= c == '.';
    }
    if (allLower) return "lc";
    if (digits == 2) return "2d";
    if (digits == 4) return "4d";
    if (digits > 0) return letters ? "an" : hyphen ? "dd" : slash ? "ds" : comma ? "dc" : period ? "dp" : "num";
    if (allUpper) return word.length() == 1 ? "sc" : "ac";
    char first = word.charAt(0);
    if (word.length() == 2 && first >= 'A' && first <= 'Z' && word.charAt(1) == '.') return "cp";
    if (first >= 'A' && first <= 'Z') return "ic";
    return "other";
  }

  /**
   * The fingerprints of token {@code i}'s features, in the generator's order, given the tags
   * before it; valid until the next call. Returns how many there are (they fill {@link #fingerprints()}).
   */
  int at(int i, String[] words, String[] tags) {
    int n = 0;
    String word = words[i];
    features[n++] = DEF;
    for (int k = 1, max = Math.min(MAX_AFFIX, word.length()); k <= max; k++)
      features[n++] = Fnv.finish(Fnv.add(SUF, word, word.length() - k, word.length()));
    long prefix = PRE;
    for (int k = 1, max = Math.min(MAX_AFFIX, word.length()); k <= max; k++) {
      prefix = Fnv.add(prefix, word, k - 1, k);
      features[n++] = Fnv.finish(prefix);
    }
    features[n++] = Fnv.finish(Fnv.add(WORD, lower[i]));
    for (int d = 1; d <= WINDOW; d++)
      if (i - d >= 0) features[n++] = Fnv.finish(Fnv.add(PREVIOUS_WORD[d - 1], lower[i - d]));
    for (int d = 1; d <= WINDOW; d++)
      if (i + d < words.length) features[n++] = Fnv.finish(Fnv.add(NEXT_WORD[d - 1], lower[i + d]));
    if (i <= WINDOW) features[n++] = SENTENCE_BEGIN[i];
    features[n++] = Fnv.finish(Fnv.add(CLASS, classes[i]));
    features[n++] = Fnv.finish(Fnv.add(Fnv.add(Fnv.add(WORD_AND_CLASS, lower[i]), ","), classes[i]));
    if (i >= 1) features[n++] = Fnv.finish(Fnv.add(TAG, tags[i - 1]));
    if (i >= 2) features[n++] = Fnv.finish(Fnv.add(Fnv.add(Fnv.add(TWO_TAGS, tags[i - 2]), ","), tags[i - 1]));
    return n;
  }

  long[] fingerprints() {
    return features;
  }

  /**
   * Whether these are the features the model's own context generator makes, checked on a
   * sentence with every kind of feature in it (a model trained with another generator fails).
   */
  static boolean match(opennlp.tools.postag.POSContextGenerator generator) {
    String[] words = {"Mr.", "Putin", "met", "U.S.", "envoys", "in", "2023", ",", "saying", "\"", "co-operation", "\"", "is", "key", "."};
    String[] tags = {"PROPN", "PROPN", "VERB", "PROPN", "NOUN", "ADP", "NUM", "PUNCT", "VERB", "PUNCT", "NOUN", "PUNCT", "AUX", "ADJ", "PUNCT"};
    PosFeatures ours = new PosFeatures();
    ours.sentence(words);
    for (int i = 0; i < words.length; i++) {
      int n = ours.at(i, words, tags);
      if (!FeatureWeights.sameFeatures(ours.features, n, generator.getContext(i, words, tags, null))) return false;
    }
    return true;
  }
}
