package newsgraph.nlp;

import java.util.Locale;
import newsgraph.nlp.FeatureWeights.Fnv;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of OpenNLP's default part-of-speech context generator (the one the English model
 * was trained with), produced as {@link FeatureWeights#fingerprint fingerprints} without building
 * the feature strings. OpenNLP builds some sixteen strings per token (lowercasing each word up to
 * six times on the way) only for the tagger to hash them; here each word's features (as itself,
 * as a neighbour, its class and affixes) are hashed once per sentence, over a feature's prefix and
 * the word directly, and a token's features are then read from its window of words.
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
  private static final long SUF = Fnv.of("suf="), PRE = Fnv.of("pre="), CLASS = Fnv.of("wc=");
  private static final long WORD_AND_CLASS = Fnv.of("w&c="), TAG = Fnv.of("t="), TWO_TAGS = Fnv.of("t2=");
  /** The word features a word gives, as itself and as a neighbour: w=, p1w=, p2w=, n1w=, n2w=. */
  private static final long[] AS_WORD = {Fnv.of("w="), Fnv.of("p1w="), Fnv.of("p2w="), Fnv.of("n1w="), Fnv.of("n2w=")};
  private static final int SELF = 0, PREVIOUS = 1, NEXT = 3;
  /** Per word: its {@link #AS_WORD} features, its class and word-with-class, its count of affixes and the affixes. */
  private static final int CLASS_AT = AS_WORD.length, WORD_AND_CLASS_AT = CLASS_AT + 1, AFFIX_COUNT_AT = CLASS_AT + 2;
  private static final int AFFIXES_AT = CLASS_AT + 3, STRIDE = AFFIXES_AT + 2 * MAX_AFFIX;
  private static final long[] SENTENCE_BEGIN = {
      FeatureWeights.fingerprint("S=begin"), FeatureWeights.fingerprint("p1S=begin"), FeatureWeights.fingerprint("p2S=begin")};

  // the sentence's words' features, made once per word: a word's window features are asked for
  // at every position within two of it, and one small method per feature kind keeps the code the
  // JIT compiles small (the features of a token, all inlined, made a method it recompiled often)
  private long[] perWord = new long[0];
  private int size;
  private final long[] features = new long[32];

  /** Makes the per-word parts of a sentence's features: word, neighbour, class and affix fingerprints. */
  void sentence(String[] words) {
    size = words.length;
    if (perWord.length < size * STRIDE) perWord = new long[size * 2 * STRIDE];
    for (int i = 0; i < size; i++) {
      String word = words[i];
      boolean ascii = TextNormalizer.isAscii(word);
      String lower = ascii ? word.toLowerCase(Locale.ROOT) : StringUtil.toLowerCase(word);
      String wordClass = ascii ? asciiWordClass(word) : FeatureGeneratorUtil.tokenFeature(word);
      int at = i * STRIDE;
      asWord(lower, at);
      perWord[at + CLASS_AT] = Fnv.finish(Fnv.add(CLASS, wordClass));
      perWord[at + WORD_AND_CLASS_AT] = Fnv.finish(Fnv.add(Fnv.add(Fnv.add(WORD_AND_CLASS, lower), ','), wordClass));
      perWord[at + AFFIX_COUNT_AT] = affixes(word, at + AFFIXES_AT);
    }
  }

  private void asWord(String lower, int at) {
    for (int f = 0; f < AS_WORD.length; f++) perWord[at + f] = Fnv.finish(Fnv.add(AS_WORD[f], lower));
  }

  /** Suffixes then prefixes of up to four characters, shortest first; returns how many. */
  private int affixes(String word, int at) {
    int max = Math.min(MAX_AFFIX, word.length()), n = 0;
    for (int k = 1; k <= max; k++) perWord[at + n++] = Fnv.finish(Fnv.add(SUF, word, word.length() - k, word.length()));
    long prefix = PRE;
    for (int k = 1; k <= max; k++) {
      prefix = Fnv.add(prefix, word.charAt(k - 1));
      perWord[at + n++] = Fnv.finish(prefix);
    }
    return n;
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
   * The words must be those of the last {@link #sentence} call.
   */
  int at(int i, String[] tags) {
    int n = 0;
    int at = i * STRIDE;
    features[n++] = DEF;
    int affixes = (int) perWord[at + AFFIX_COUNT_AT];
    System.arraycopy(perWord, at + AFFIXES_AT, features, n, affixes);
    n += affixes;
    features[n++] = perWord[at + SELF];
    for (int d = 1; d <= WINDOW; d++) if (i - d >= 0) features[n++] = perWord[(i - d) * STRIDE + PREVIOUS + d - 1];
    for (int d = 1; d <= WINDOW; d++) if (i + d < size) features[n++] = perWord[(i + d) * STRIDE + NEXT + d - 1];
    if (i <= WINDOW) features[n++] = SENTENCE_BEGIN[i];
    features[n++] = perWord[at + CLASS_AT];
    features[n++] = perWord[at + WORD_AND_CLASS_AT];
    if (i >= 1) features[n++] = Fnv.finish(Fnv.add(TAG, tags[i - 1]));
    if (i >= 2) features[n++] = Fnv.finish(Fnv.add(Fnv.add(Fnv.add(TWO_TAGS, tags[i - 2]), ','), tags[i - 1]));
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
      int n = ours.at(i, tags);
      if (!FeatureWeights.sameFeatures(ours.features, n, generator.getContext(i, words, tags, null))) return false;
    }
    return true;
  }
}
