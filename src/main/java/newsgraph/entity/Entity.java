package newsgraph.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import newsgraph.nlp.TextNormalizer;

/**
 * A real-world entity as one article knows it: its canonical key (also its IRI path, e.g.
 * {@code person/vladimir-putin}), type and canonical name. {@code country} is the key of the
 * country it belongs to or stands for (a capital, a ministry, a minister), {@code role} a title
 * read from the text ("President"), {@code governs} whether a mention of it can stand for that
 * country's government (a capital or a seat: "the Kremlin said").
 */
public record Entity(String key, EntityType type, String name, String country, String role, boolean governs) {

  public static Entity of(EntityType type, String name) {
    return new Entity(keyOf(type, name), type, name, null, null, false);
  }

  public Entity withRole(String newRole) {
    return new Entity(key, type, name, country, newRole, governs);
  }

  public Entity withCountry(String newCountry) {
    return new Entity(key, type, name, newCountry, role, governs);
  }

  public static String keyOf(EntityType type, String name) {
    return type.iriSegment() + "/" + slug(name);
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Lower-case words joined by hyphens: "Nicolás Maduro" gives "nicolas-maduro". Accents go
   * with their marks, apostrophes vanish ("O'Brien" gives "obrien"), letters of other scripts are
   * percent-encoded as UTF-8 ("Путин" gives "%D0%BF%D1%83%D1%82%D0%B8%D0%BD"), and every other run
   * of characters that are not letters or digits becomes one hyphen, none at either end.
   */
  public static String slug(String name) {
    String ascii = TextNormalizer.isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String lower = ascii.toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '\'') continue;
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && slug.length() > 0) slug.append('-');
        slug.append(c);
        gap = false;
      } else if (c > 127 && Character.isLetterOrDigit(lower.codePointAt(i))) {
        // issue 17: a letter of another script (Cyrillic, Han, Arabic…) is kept, percent-encoded as
        // UTF-8, so that names in those scripts get keys of their own instead of all sharing one
        if (gap && slug.length() > 0) slug.append('-');
        int cp = lower.codePointAt(i);
        for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
          slug.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        i += Character.charCount(cp) - 1;
        gap = false;
      } else {
        gap = true;
      }
    }
    return slug.length() == 0 ? "x" : slug.toString();
  }
}
