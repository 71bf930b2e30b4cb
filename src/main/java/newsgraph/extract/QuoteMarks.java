package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Span;

/**
 * Finds the spans inside quotation marks, paragraph by paragraph: straight and curly double quotes
 * and doubled apostrophes. A quote still open at the end of its paragraph runs to the paragraph's
 * end (news continues a long quote in the next paragraph with a new opening mark). Stateless.
 */
public final class QuoteMarks {
  /** One quotation: the words inside the marks, the span with the marks, and its paragraph. */
  public record Quoted(Span inner, Span outer, int paragraph) {}

  private QuoteMarks() {}

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
    }
    return out;
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
