package newsgraph.nlp;

import newsgraph.nlp.FeatureWeights.Fnv;
import opennlp.tools.util.StringUtil;

/**
 * The features of OpenNLP's default tokenizer context generator (the one the English model was
 * trained with), produced as {@link FeatureWeights#fingerprint fingerprints} without building the
 * feature strings. OpenNLP builds some fifteen strings for every character it asks about (the
 * word's prefix and suffix, each character with its classes, the pairs around the split) only for
 * the model to hash them again; here the hash runs over the word's characters directly.
 *
 * <p>The features and their order are the generator's: prefix and suffix, then for the two
 * characters before the split point and the two after it each character and its classes, the
 * pair before, the pair across and the pair after, and "cc" for a character entity ("&amp;amp;").
 * The order matters: the scores are sums. {@code FastPathsTest} checks the fingerprints against
 * OpenNLP's generator. Induced abbreviations ("pabb") are not produced: the models are loaded
 * without an abbreviation dictionary (see {@link NlpModels}). Not thread-safe (reuses its buffer).
 */
final class TokenFeatures {
  private static final long PREFIX = Fnv.of("p="), SUFFIX = Fnv.of("s=");
  private static final long BEFORE_PAIR = Fnv.of("p21="), ACROSS_PAIR = Fnv.of("p1f1="), AFTER_PAIR = Fnv.of("f12=");
  private static final long NO_FIRST_BEFORE = FeatureWeights.fingerprint("p1=bok");
  private static final long NO_SECOND_BEFORE = FeatureWeights.fingerprint("p2=bok");
  private static final long NO_SECOND_AFTER = FeatureWeights.fingerprint("f2=bok");
  private static final long CHARACTER_ENTITY = FeatureWeights.fingerprint("cc");
  private static final CharFeatures FIRST_BEFORE = new CharFeatures("p1"), SECOND_BEFORE = new CharFeatures("p2");
  private static final CharFeatures FIRST_AFTER = new CharFeatures("f1"), SECOND_AFTER = new CharFeatures("f2");

  private final long[] features = new long[24];

  /**
   * The fingerprints of the features for a split of {@code word} before character {@code index},
   * in the generator's order; valid until the next call. Returns how many there are.
   */
  int at(String word, int index) {
    int n = 0;
    features[n++] = Fnv.finish(Fnv.add(PREFIX, word, 0, index));
    features[n++] = Fnv.finish(Fnv.add(SUFFIX, word, index, word.length()));
    if (index > 0) {
      n = FIRST_BEFORE.add(word.charAt(index - 1), features, n);
      if (index > 1) {
        n = SECOND_BEFORE.add(word.charAt(index - 2), features, n);
        features[n++] = Fnv.finish(Fnv.add(BEFORE_PAIR, word, index - 2, index));
      } else {
        features[n++] = NO_SECOND_BEFORE;
      }
      features[n++] = Fnv.finish(Fnv.add(ACROSS_PAIR, word, index - 1, index + 1));
    } else {
      features[n++] = NO_FIRST_BEFORE;
    }
    n = FIRST_AFTER.add(word.charAt(index), features, n);
    if (index + 1 < word.length()) {
      n = SECOND_AFTER.add(word.charAt(index + 1), features, n);
      features[n++] = Fnv.finish(Fnv.add(AFTER_PAIR, word, index, index + 2));
    } else {
      features[n++] = NO_SECOND_AFTER;
    }
    if (word.charAt(0) == '&' && word.charAt(word.length() - 1) == ';') features[n++] = CHARACTER_ENTITY;
    return n;
  }

  long[] fingerprints() {
    return features;
  }

  /**
   * Whether these are the features the model's own context generator makes, checked on words with
   * every kind of character in them (a model trained with another generator fails).
   */
  static boolean match(opennlp.tools.tokenize.TokenContextGenerator generator) {
    TokenFeatures ours = new TokenFeatures();
    for (String word : new String[] {"\"Putin,", "U.S.-led", "(5pm)", "[x]{y}", "&amp;", "don't!", "`a?", "É\u00a0b"})
      for (int i = 0; i < word.length(); i++) {
        int n = ours.at(word, i);
        if (!FeatureWeights.sameFeatures(ours.features, n, generator.getContext(word, i))) return false;
      }
    return true;
  }

  /** One character's features under one key ("p1=x", "p1_alpha", "p1_caps", ...). */
  private static final class CharFeatures {
    private final long equals;
    private final long alpha, caps, num, whitespace, endOfSentence, quote, leftBracket, rightBracket;

    CharFeatures(String key) {
      equals = Fnv.of(key + "=");
      alpha = FeatureWeights.fingerprint(key + "_alpha");
      caps = FeatureWeights.fingerprint(key + "_caps");
      num = FeatureWeights.fingerprint(key + "_num");
      whitespace = FeatureWeights.fingerprint(key + "_ws");
      endOfSentence = FeatureWeights.fingerprint(key + "_eos");
      quote = FeatureWeights.fingerprint(key + "_quote");
      leftBracket = FeatureWeights.fingerprint(key + "_lp");
      rightBracket = FeatureWeights.fingerprint(key + "_rp");
    }

    int add(char c, long[] features, int n) {
      features[n++] = Fnv.finish(Fnv.add(equals, c));
      if (Character.isLetter(c)) {
        features[n++] = alpha;
        if (Character.isUpperCase(c)) features[n++] = caps;
      } else if (Character.isDigit(c)) {
        features[n++] = num;
      } else if (StringUtil.isWhitespace(c)) {
        features[n++] = whitespace;
      } else if (c == '.' || c == '?' || c == '!') {
        features[n++] = endOfSentence;
      } else if (c == '`' || c == '"' || c == '\'') {
        features[n++] = quote;
      } else if (c == '[' || c == '{' || c == '(') {
        features[n++] = leftBracket;
      } else if (c == ']' || c == '}' || c == ')') {
        features[n++] = rightBracket;
      }
      return n;
    }
  }
}
