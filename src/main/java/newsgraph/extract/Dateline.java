package newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire-style dateline opening a story ("MOSCOW —", "NEW DELHI, March 3 (Reuters) -"): it says
 * where and when the article was filed, not where or when its events happened.
 */
final class Dateline {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\(?([A-Z][A-Z .'-]{2,30}?)\\)?(?:,? [A-Z][A-Za-z.]+(?: \\d{1,2})?)?\\s*(?:\\(([A-Za-z. ]+)\\))?\\s*(?:[\u2014\u2022-]|--)");

  private Dateline() {}

  /** Where the dateline that opens the text ends, or 0 when it opens with none. */
  static int end(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.find() ? m.end() : 0;
  }

  /** The place word of the dateline that opens the text, as written ("NEW DELHI"). */
  static Optional<String> place(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** The words in brackets after the dateline's place, as written ("Ukraine" in "IRPIN (Ukraine) •", "Reuters"). */
  static Optional<String> bracketed(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.find() && m.group(2) != null ? Optional.of(m.group(2).strip()) : Optional.empty();
  }

  /** The text with its dateline blanked out, offsets kept. */
  static String blanked(String text) {
    int end = end(text);
    return end == 0 ? text : " ".repeat(end) + text.substring(end);
  }
}
