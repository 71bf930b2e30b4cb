package newsgraph.nlp;

/** Makes curly quotes, apostrophes and odd spaces straight, one character for one, so offsets hold. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * Whether {@code offset} lies inside quotation marks: an odd number of marks (a straight double
   * quote, or two apostrophes) between the paragraph's start and it. Works on normalized text.
   */
  public static boolean insideQuotes(String normalized, int paragraphBegin, int offset) {
    int marks = 0;
    for (int i = paragraphBegin; i < offset; i++) {
      char c = normalized.charAt(i);
      if (c == '"') marks++;
      else if (c == '\'' && i + 1 < offset && normalized.charAt(i + 1) == '\'') {
        marks++;
        i++;
      }
    }
    return marks % 2 == 1;
  }

  public static String normalize(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = switch (chars[i]) {
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc' -> '\'';
        case '\u00a0', '\u2009', '\u202f', '\u2007' -> ' ';
        case '\u2013', '\u2014', '\u2015' -> '\u2014';
        default -> chars[i];
      };
    }
    return new String(chars);
  }
}
