package newsgraph.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.nlp.Span;
import newsgraph.nlp.TextNormalizer;

/**
 * Splits an article into paragraphs and drops page furniture: navigation, ads, newsletter and
 * video blurbs, repeated captions. Captions stay: they are text and can hold facts. Offsets of the
 * kept paragraphs point into the original text. Stateless and thread-safe.
 */
public final class PageFurniture {
  private static final String FURNITURE_LINE =
      "skip to (main )?content|hide ad|advertisement|ad|open this photo in gallery:?|share( this)?( article)?"
          + "|copy link|read more|related( articles| stories)?|sign up.*|subscribe.*|watch more.*|visit .* now"
          + "|and live on freeview.*|click here.*|most read.*|trending.*|comments?|print|email|follow us.*"
          + "|listen to this article.*|loading.*|image source.*|getty images|reuters|ap photo.*|photo:.*"
          + "|with a file from [a-z ]+\\.?|reporting by .*|editing by .*|©.*|copyright.*";
  /** Words that make a line furniture wherever they stand: the word, and whether it must stand alone. */
  private static final Map<String, Boolean> FURNITURE_WORDS =
      Map.of("newsletter", false, "sign up", true, "cookie", true, "cookies", true, "all rights reserved", false);
  // a line is furniture by what its start says or by its words, tested apart: one pattern with
  // ".*(words).*" tried every word from every position (a long paragraph cost a millisecond)
  private static final Pattern FURNITURE_START = Pattern.compile("(?i)" + FURNITURE_LINE);
  private static final Pattern FURNITURE_ANYWHERE = Pattern.compile("(?i)" + String.join("|", FURNITURE_WORDS.entrySet()
      .stream().map(w -> w.getValue() ? "\\b" + w.getKey() + "\\b" : w.getKey()).toList()));

  /** Dashes, bullets and bars around a line ("— Advertisement —"); the hyphen first, as a regex class needs it. */
  private static final String BULLET_CHARS = "-\u2013\u2014*\u2022|";
  private static final Pattern BULLETS = Pattern.compile("^[" + BULLET_CHARS + "]+\\s*|\\s*[" + BULLET_CHARS + "]+$");

  public List<Span> paragraphs(String text) {
    List<Span> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      Span line = trim(text, start, end);
      if (line.length() > 0) {
        String content = line.of(text);
        String key = TextNormalizer.collapseSpaces(content.toLowerCase(Locale.ROOT));
        String bare = stripBullets(content.strip());
        if (!isFurniture(bare) && seen.add(key)) kept.add(dropRepeatedHalf(text, line));
      }
      start = end + 1;
    }
    return kept;
  }

  /** The most words a line of furniture has: a paragraph of prose is never furniture, whatever words it holds. */
  static final int MAX_FURNITURE_WORDS = 20;
  /** A line this short is a blurb or a link whichever way its furniture word stands ("Get the newsletter"). */
  private static final int BLURB_WORDS = 8;

  /**
   * Furniture by its shape (issue 17: any paragraph that held "newsletter" or "sign up" used to be
   * dropped, losing a named expert and his quotes): a short line that is a piece of furniture from
   * its start ("Sign up for…", "Advertisement", "© 2023…"), or a short line whose furniture word
   * opens it or that is a blurb of a few words. A line of prose, or a whole article on one line, stays.
   */
  private static boolean isFurniture(String line) {
    int words = words(line);
    if (words > MAX_FURNITURE_WORDS) return false;
    if (FURNITURE_START.matcher(line).matches()) return true;
    if (!mayHaveFurnitureWords(line)) return false;
    var m = FURNITURE_ANYWHERE.matcher(line);
    return m.find() && (m.start() == 0 || words <= BLURB_WORDS);
  }

  private static int words(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  }

  // a regex search tries every word at every position of the paragraph; plain substring searches
  // rule out nearly every paragraph first, for a tenth of the cost
  private static boolean mayHaveFurnitureWords(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String word : FURNITURE_WORDS.keySet()) if (lower.contains(word)) return true;
    return false;
  }

  /** The line without the dashes, bullets and bars around it; only a line that starts or ends with one has any. */
  private static String stripBullets(String line) {
    if (line.isEmpty() || !isBullet(line.charAt(0)) && !isBullet(line.charAt(line.length() - 1))) return line;
    return BULLETS.matcher(line).replaceAll("");
  }

  private static boolean isBullet(char c) {
    return BULLET_CHARS.indexOf(c) >= 0;
  }

  /** A caption scraped twice in one line ("X. (Credit: Y)X. (Credit: Y)") keeps its first half. */
  private static Span dropRepeatedHalf(String text, Span line) {
    String s = line.of(text);
    int n = s.length();
    if (n % 2 == 0 && n > 20 && s.substring(0, n / 2).equals(s.substring(n / 2)))
      return new Span(line.begin(), line.begin() + n / 2);
    return line;
  }

  private static Span trim(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
    return new Span(begin, end);
  }
}
