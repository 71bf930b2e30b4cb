package newsgraph.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

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
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  /** Lower-case ASCII words joined by hyphens: "Nicolás Maduro" gives "nicolas-maduro". */
  public static String slug(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String s = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT).replace("'", "")).replaceAll("-");
    s = EDGE_HYPHENS.matcher(s).replaceAll("");
    return s.isEmpty() ? "x" : s;
  }
}
