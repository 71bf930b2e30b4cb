package newsgraph.nlp;

/** Makes curly quotes, apostrophes and odd spaces straight, one character for one, so offsets hold. */
public final class TextNormalizer {
  private TextNormalizer() {}

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
