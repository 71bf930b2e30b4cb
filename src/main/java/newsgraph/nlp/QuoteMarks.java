package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans inside quotation marks, paragraph by paragraph: straight and curly double quotes
 * and doubled apostrophes. A quote still open at the end of its paragraph runs to the paragraph's
 * end (news continues a long quote in the next paragraph with a new opening mark). Stateless.
 */
public final class QuoteMarks {
  /** One quotation: the words inside the marks, the span with the marks, and its paragraph. */
  public record Quoted(Span inner, Span outer, int paragraph) {}

  private QuoteMarks() {}

  /** Whether the token stands inside one of the quotations. */
  public static boolean inside(Token t, List<Quoted> quoted) {
    for (Quoted q : quoted) if (q.inner().contains(t.span())) return true;
    return false;
  }

  public static List<Quoted> find(AnnotatedDocument doc) {
    List<Quoted> out = new ArrayList<>();
    String text = doc.text(), norm = doc.normalized();
    for (int p = 0; p < doc.paragraphs().size(); p++) {
      Span para = doc.paragraphs().get(p);
      int open = -1, openWidth = 0;
      for (int i = para.begin(); i < para.end(); i++) {
        int width = markWidth(norm, i, para.end());
        if (width == 0) continue;
        char original = text.charAt(i);
        if (open < 0) {
          if (original != '\u201d' || i == para.begin()) {
            open = i;
            openWidth = width;
          }
        } else if (original == '\u201c' && i > open + openWidth && !closesHere(norm, i)) {
          add(out, norm, open + openWidth, i, open, i, p); // an unclosed quote: it ends where the next opens
          open = i;
          openWidth = width;
        } else {
          add(out, norm, open + openWidth, i, open, i + width, p);
          open = -1;
        }
        i += width - 1;
      }
      if (open >= 0) add(out, norm, open + openWidth, para.end(), open, para.end(), p);
      if (!hasDoubleMarks(norm, para)) singleQuoted(out, text, norm, para, p);
    }
    return out;
  }

  private static boolean hasDoubleMarks(String norm, Span para) {
    for (int i = para.begin(); i < para.end(); i++) if (markWidth(norm, i, para.end()) > 0) return true;
    return false;
  }

  /**
   * British style: 'We stand together,' Mr Scholz said. An opening mark follows a space or starts
   * the paragraph and precedes a letter; a closing mark follows a letter or . , ! ? and is followed
   * by a space, punctuation or the end; apostrophes inside words ("Europe's") are neither.
   */
  private static void singleQuoted(List<Quoted> out, String text, String norm, Span para, int p) {
    int open = -1;
    for (int i = para.begin(); i < para.end(); i++) {
      if (norm.charAt(i) != '\'') continue;
      char before = i > para.begin() ? norm.charAt(i - 1) : ' ';
      char after = i + 1 < para.end() ? norm.charAt(i + 1) : ' ';
      boolean opening = (Character.isWhitespace(before) || before == '(' || i == para.begin()) && Character.isLetterOrDigit(after);
      boolean closing = (".,!?".indexOf(before) >= 0 || Character.isLetter(before) && ",.;:!?".indexOf(after) >= 0)
          && (Character.isWhitespace(after) || ",.;:!?)".indexOf(after) >= 0 || i + 1 == para.end());
      if (open < 0 && opening && text.charAt(i) != '\u2019') {
        open = i;
      } else if (open >= 0 && closing && text.charAt(i) != '\u2018') {
        if (norm.substring(open + 1, i).trim().contains(" ")) add(out, norm, open + 1, i, open, i + 1, p);
        open = -1;
      }
    }
  }

  private static boolean closesHere(String norm, int i) {
    return i + 1 >= norm.length() || !Character.isLetterOrDigit(norm.charAt(i + 1));
  }

  private static int markWidth(String norm, int i, int end) {
    char c = norm.charAt(i);
    if (c == '"') return 1;
    if (c == '\'' && i + 1 < end && norm.charAt(i + 1) == '\'') return 2;
    return 0;
  }

  private static void add(List<Quoted> out, String norm, int b, int e, int ob, int oe, int paragraph) {
    while (b < e && Character.isWhitespace(norm.charAt(b))) b++;
    while (e > b && (Character.isWhitespace(norm.charAt(e - 1)) || norm.charAt(e - 1) == ',')) e--;
    if (e - b < 2) return;
    out.add(new Quoted(new Span(b, e), new Span(ob, oe), paragraph));
  }
}
