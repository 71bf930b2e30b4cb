package newsgraph.nlp;

/** Makes curly quotes, apostrophes and odd spaces straight, one character for one, so offsets hold. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Runs of whitespace ({@code \\s}: space, tab, line breaks) made one space, as {@code replaceAll("\\s+", " ")} would. */
  public static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = isRegexSpace(c);
      if (space && !inSpace) out.append(' ');
      else if (!space) out.append(c);
      inSpace = space;
    }
    return out.toString();
  }

  /** What the regex {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether every character is ASCII (no case, accent or script question to ask of it). */
  public static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
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
