package newsgraph.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsgraph.corpus.ArticleMeta;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A news page's HTML reduced to what {@code build} reads: its text, a paragraph a line, and the
 * sidecar's fields from the page's own metadata (Open Graph, {@code article:published_time},
 * {@code <html lang>}). Menus, scripts and forms are dropped here; the page furniture that is left
 * (captions, "Hide Ad", newsletter blurbs) is the pipeline's business, as for a scraped text file.
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements that hold no article text. */
  private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, svg, iframe, button";
  /** Elements whose text is one block of the article. */
  private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote, figcaption, pre, td";

  record Page(String text, ArticleMeta meta) {}

  static Page of(Document doc, String url, LocalDate captured) {
    String title = firstNonBlank(meta(doc, "og:title"), doc.title());
    String publisher = firstNonBlank(meta(doc, "og:site_name"), hostOf(url));
    LocalDate published = dateOf(firstNonBlank(meta(doc, "article:published_time"), meta(doc, "datePublished"),
        meta(doc, "date"), meta(doc, "pubdate"), timeOf(doc)));
    String lang = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang").strip() : null;
    doc.select(CHROME).remove();
    Element root = doc.selectFirst("article");
    if (root == null) root = doc.body() != null ? doc.body() : doc;
    List<String> blocks = new ArrayList<>();
    Elements found = root.select(BLOCKS);
    for (Element e : found) {
      if (hasBlockAncestor(e, root)) continue; // a <p> inside a <li> is read with its <li>
      String text = e.text().strip();
      if (!text.isEmpty()) blocks.add(text);
    }
    if (blocks.isEmpty()) blocks.add(root.text().strip());
    return new Page(String.join("\n\n", blocks) + "\n",
        new ArticleMeta(title, url, publisher, published != null ? published : captured, lang == null || lang.isEmpty() ? null : lang));
  }

  private static boolean hasBlockAncestor(Element e, Element root) {
    for (Element p = e.parent(); p != null && p != root; p = p.parent())
      if (p.is(BLOCKS)) return true;
    return false;
  }

  private static String meta(Document doc, String name) {
    Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return m == null ? null : m.attr("content");
  }

  private static String timeOf(Document doc) {
    Element t = doc.selectFirst("time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  /** The day of an ISO date or date-time; null when it is not one (a page's date never fails its article). */
  static LocalDate dateOf(String value) {
    if (value == null || value.length() < 10) return null;
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String hostOf(String url) {
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }
}
