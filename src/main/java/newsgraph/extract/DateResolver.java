package newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a sentence gives an event: explicit dates ("Feb. 22", "22 February 2023", "April
 * 6, 2023"), weekdays and relative expressions ("on Wednesday", "yesterday", "later this year",
 * "last year", "in February") resolved against the article's publication date, the tense deciding
 * past or future. Partial dates stay partial ({@code YYYY-MM}, {@code YYYY}). Stateless.
 */
public final class DateResolver {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|"
      + "Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b(?:,? (\\d{4}))?");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in|since|during|early|late|mid-?) ?" + MONTH + "(?:,? (\\d{4}))?\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on |last |next |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** The words before a bare year ("in 2019"). */
  private static final List<String> YEAR_WORDS = List.of("in", "since", "during");
  private static final Pattern YEAR = Pattern.compile("\\b(?:" + String.join("|", YEAR_WORDS) + ") (\\d{4})\\b");
  private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b");
  private static final Pattern TODAY = Pattern.compile("\\btoday\\b");
  private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b");

  // the searches below try every alternative at every position of the sentence; most sentences
  // hold no date at all, and a plain substring test (what any match must contain) says so first
  /** What every match of {@link #MONTH} contains: a month's first three letters, capitalised. */
  private static final List<String> MONTH_CUES =
      MONTHS.keySet().stream().map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).toList();
  /** What every match of {@link #YEAR} contains. */
  private static final List<String> YEAR_CUES = YEAR_WORDS.stream().map(w -> w + " ").toList();

  private DateResolver() {}

  /**
   * The date the text gives, or empty.
   *
   * @param future whether the event lies ahead of publication (a planned meeting)
   */
  public static Optional<String> resolve(String text, LocalDate published, boolean future) {
    boolean namesMonth = containsAny(text, MONTH_CUES);
    Matcher m = MONTH_DAY.matcher(text);
    if (namesMonth && m.find())
      return Optional.ofNullable(day(published, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), future));
    m = DAY_MONTH.matcher(text);
    if (namesMonth && m.find())
      return Optional.ofNullable(day(published, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), future));
    if (published != null) {
      String lower = text.toLowerCase(Locale.ROOT);
      m = WEEKDAY.matcher(text);
      if (text.contains("day") && m.find()) {
        DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        boolean ahead = future || m.group().startsWith("next");
        LocalDate d = ahead ? published.with(TemporalAdjusters.nextOrSame(dow)) : published.with(TemporalAdjusters.previousOrSame(dow));
        if (m.group().startsWith("last")) d = published.minusDays(1).with(TemporalAdjusters.previousOrSame(dow));
        return Optional.of(d.toString());
      }
      if (lower.contains("yesterday") && YESTERDAY.matcher(lower).find()) return Optional.of(published.minusDays(1).toString());
      if (lower.contains("today") && TODAY.matcher(lower).find() && !lower.contains("today's"))
        return Optional.of(published.toString());
      if (lower.contains("tomorrow") && TOMORROW.matcher(lower).find()) return Optional.of(published.plusDays(1).toString());
    }
    m = MONTH_YEAR.matcher(text);
    if (namesMonth && m.find()) {
      int month = month(m.group(1));
      int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : published == null ? -1
          : yearFor(published, month, future);
      if (year > 0) return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month));
    }
    m = YEAR.matcher(text);
    if (containsAny(text, YEAR_CUES) && m.find()) return Optional.of(m.group(1));
    if (published != null) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.contains("later this year") || lower.contains("this year") || lower.contains("later in the year"))
        return Optional.of(Integer.toString(published.getYear()));
      if (lower.contains("last year")) return Optional.of(Integer.toString(published.getYear() - 1));
      if (lower.contains("next year")) return Optional.of(Integer.toString(published.getYear() + 1));
      if (lower.contains("this month") || lower.contains("earlier this month") || lower.contains("later this month"))
        return Optional.of(String.format(Locale.ROOT, "%04d-%02d", published.getYear(), published.getMonthValue()));
      if (lower.contains("next month")) {
        LocalDate d = published.plusMonths(1);
        return Optional.of(String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
      }
      if (lower.contains("last month")) {
        LocalDate d = published.minusMonths(1);
        return Optional.of(String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
      }
    }
    return Optional.empty();
  }

  private static boolean containsAny(String text, List<String> cues) {
    for (String cue : cues) if (text.contains(cue)) return true;
    return false;
  }

  private static int month(String word) {
    return MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int yearFor(LocalDate published, int month, boolean future) {
    if (future) return month < published.getMonthValue() ? published.getYear() + 1 : published.getYear();
    return month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
  }

  private static String day(LocalDate published, int month, int day, String year, boolean future) {
    int y = year != null ? Integer.parseInt(year) : published != null ? yearFor(published, month, future) : -1;
    if (y < 0) return null;
    try {
      return LocalDate.of(y, month, day).toString();
    } catch (java.time.DateTimeException e) {
      return String.format(Locale.ROOT, "%04d-%02d", y, month);
    }
  }
}
