package newsgraph.nlp;

import newsgraph.nlp.FeatureWeights.Fnv;
import opennlp.tools.util.StringUtil;

/**
 * The features of OpenNLP's default sentence context generator (the one the English model was
 * trained with) at a candidate sentence end, produced as {@link FeatureWeights#fingerprint
 * fingerprints} without building the feature strings. OpenNLP cuts four substrings around every
 * full stop, trims them, and appends each to a synchronised buffer only for the model to hash
 * the result; here the hash runs over the text between the same bounds.
 *
 * <p>The features and their order are the generator's: space before and space after, the end
 * character; then the part of the word before the end character ({@code x=}, with its length and
 * capital), the word before that ({@code v=}), the part after ({@code s=}) and the word after
 * ({@code n=}), each with its capital. The order matters: the scores are sums.
 * {@code FastPathsTest} checks the fingerprints against OpenNLP's generator. Induced
 * abbreviations are not produced: the model has no abbreviation dictionary (see {@link NlpModels}).
 * Not thread-safe (reuses its buffer).
 */
final class SentenceFeatures {
  private static final long SPACE_BEFORE = FeatureWeights.fingerprint("sp"), SPACE_AFTER = FeatureWeights.fingerprint("sn");
  private static final long END = Fnv.of("eos="), LINE_FEED = FeatureWeights.fingerprint("eos=<LF>");
  private static final long CARRIAGE_RETURN = FeatureWeights.fingerprint("eos=<CR>");
  /** The four parts around the end character, in the generator's order: prefix, previous word, suffix, next word. */
  private static final long[] PARTS = {Fnv.of("x="), Fnv.of("v="), Fnv.of("s="), Fnv.of("n=")};
  private static final long[] CAPITALS = {FeatureWeights.fingerprint("xcap"), FeatureWeights.fingerprint("vcap"),
      FeatureWeights.fingerprint("scap"), FeatureWeights.fingerprint("ncap")};
  /** The prefix-length feature ("1", "2", ...) for the lengths most words have. */
  private static final long[] LENGTHS = new long[64];

  static {
    for (int n = 0; n < LENGTHS.length; n++) LENGTHS[n] = FeatureWeights.fingerprint(Integer.toString(n));
  }

  private final boolean[] ends;
  private final long[] features = new long[16];
  /** Where each part starts and ends (before trimming), two by two. */
  private final int[] bounds = new int[8];

  /** Features for a generator that ends sentences at {@code endCharacters} (".!?" for English). */
  SentenceFeatures(char[] endCharacters) {
    char max = 0;
    for (char c : endCharacters) max = (char) Math.max(max, c);
    ends = new boolean[max + 1];
    for (char c : endCharacters) ends[c] = true;
  }

  boolean isEnd(char c) {
    return c < ends.length && ends[c];
  }

  /**
   * The fingerprints of the features for a sentence end at {@code position} of {@code text}, in
   * the generator's order; valid until the next call. Returns how many there are.
   */
  int at(char[] text, int position) {
    int n = 0;
    int lastIndex = text.length - 1;
    if (position > 0 && isWhitespace(text[position - 1])) features[n++] = SPACE_BEFORE;
    if (position < lastIndex && isWhitespace(text[position + 1])) features[n++] = SPACE_AFTER;
    char end = text[position];
    features[n++] = end == '\n' ? LINE_FEED : end == '\r' ? CARRIAGE_RETURN : Fnv.finish(Fnv.add(END, end));

    // the prefix starts at the word's start or at an end character inside the word (which it keeps)
    int prefixStart = previousSpaceIndex(text, position);
    for (int c = position - 1; c > prefixStart; c--) {
      if (isEnd(text[c])) {
        prefixStart = c;
        break;
      }
    }
    int previousStart = previousSpaceIndex(text, prefixStart);
    // the suffix ends at the word's end or at the next end character
    int suffixEnd = nextSpaceIndex(text, position, lastIndex);
    for (int c = position + 1; c < suffixEnd; c++) {
      if (isEnd(text[c])) {
        suffixEnd = c;
        break;
      }
    }
    int nextEnd = nextSpaceIndex(text, suffixEnd + 1, lastIndex + 1);

    boolean atEnd = position == lastIndex;
    int[] bounds = this.bounds;
    bounds[0] = prefixStart;
    bounds[1] = position;
    bounds[2] = previousStart;
    bounds[3] = prefixStart;
    bounds[4] = atEnd ? 0 : position + 1;
    bounds[5] = atEnd ? 0 : suffixEnd;
    bounds[6] = atEnd ? 0 : suffixEnd + 1;
    bounds[7] = atEnd ? 0 : nextEnd;
    // one loop over the four parts, not four inlined copies: less code for the JIT to compile
    for (int part = 0; part < PARTS.length; part++) {
      int from = trimStart(text, bounds[2 * part], bounds[2 * part + 1]), to = trimEnd(text, from, bounds[2 * part + 1]);
      features[n++] = Fnv.finish(Fnv.add(PARTS[part], text, from, to));
      if (to > from) {
        if (part == 0) features[n++] = lengthFeature(to - from);
        if (Character.isUpperCase(text[from])) features[n++] = CAPITALS[part];
      }
    }
    return n;
  }

  /**
   * OpenNLP's {@link StringUtil#isWhitespace(char)}: Java's whitespace or a space separator (a
   * no-break space). ASCII is answered here; the Unicode tables, whose code the JIT would inline at
   * every call, only see the rest.
   */
  static boolean isWhitespace(char c) {
    if (c < 0x80) return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    return StringUtil.isWhitespace(c);
  }

  long[] fingerprints() {
    return features;
  }

  private static long lengthFeature(int length) {
    return length < LENGTHS.length ? LENGTHS[length] : FeatureWeights.fingerprint(Integer.toString(length));
  }

  // String.trim's bounds: characters up to the space are cut from both ends
  private static int trimStart(char[] text, int from, int to) {
    while (from < to && text[from] <= ' ') from++;
    return from;
  }

  private static int trimEnd(char[] text, int from, int to) {
    while (to > from && text[to - 1] <= ' ') to--;
    return to;
  }

  /** OpenNLP's: the nearest whitespace before {@code seek} not itself preceded by whitespace, or 0. */
  private static int previousSpaceIndex(char[] text, int seek) {
    do {
      seek--;
    } while (seek > 0 && !isWhitespace(text[seek]));
    if (seek > 0 && isWhitespace(text[seek])) {
      while (seek > 0 && isWhitespace(text[seek - 1])) seek--;
      return seek;
    }
    return 0;
  }

  /** OpenNLP's: the last of the whitespace run after {@code seek}, or {@code lastIndex}. */
  private static int nextSpaceIndex(char[] text, int seek, int lastIndex) {
    seek++;
    while (seek < lastIndex) {
      if (isWhitespace(text[seek])) {
        while (text.length > seek + 1 && isWhitespace(text[seek + 1])) seek++;
        return seek;
      }
      seek++;
    }
    return lastIndex;
  }
}
