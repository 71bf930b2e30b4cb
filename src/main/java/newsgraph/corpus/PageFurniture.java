package newsgraph.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.nlp.Span;

/**
 * Splits an article into paragraphs and drops page furniture: navigation, ads, newsletter and
 * video blurbs, repeated captions. Captions stay: they are text and can hold facts. Offsets of the
 * kept paragraphs point into the original text. Stateless and thread-safe.
 */
public final class PageFurniture {
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^(skip to (main )?content|hide ad|advertisement|ad|open this photo in gallery:?|share( this)?( article)?"
          + "|copy link|read more|related( articles| stories)?|sign up.*|subscribe.*|watch more.*|visit .* now"
          + "|and live on freeview.*|click here.*|most read.*|trending.*|comments?|print|email|follow us.*"
          + "|listen to this article.*|loading.*|image source.*|getty images|reuters|ap photo.*|photo:.*"
          + "|with a file from [a-z ]+\\.?|reporting by .*|editing by .*|.*newsletter.*|.*\\bsign up\\b.*"
          + "|.*\\bcookies?\\b.*|.*all rights reserved.*|©.*|copyright.*)$");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Dashes, bullets and bars around a line ("— Advertisement —"). */
  private static final Pattern BULLETS = Pattern.compile("^[-\u2013\u2014*\u2022|]+\\s*|\\s*[-\u2013\u2014*\u2022|]+$");

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
        String key = SPACES.matcher(content.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String bare = BULLETS.matcher(content.strip()).replaceAll("");
        if (!FURNITURE.matcher(bare).matches() && seen.add(key)) kept.add(dropRepeatedHalf(text, line));
      }
      start = end + 1;
    }
    return kept;
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
