package newsgraph.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsgraph.nlp.Token;

/**
 * General world knowledge read from the TSV files under {@code /newsgraph/gazetteer/}: countries
 * with their names, adjectives and capitals; cities; seats of government and landmarks;
 * international organisations; titles; honorifics; head words of organisation and place names. No
 * people: people are found from the text. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
  public static final String DIR = "/newsgraph/gazetteer/";
  public static final List<String> FILES = List.of("countries.tsv", "cities.tsv", "places.tsv",
      "organizations.tsv", "titles.tsv", "honorifics.tsv", "name-keywords.tsv", "wikidata.tsv", "geonames-cities.tsv.gz");
  private static final int MAX_NAME_TOKENS = 8;

  /** A gazetteer hit: how many tokens it covers, the entity, and whether it is a name or an adjective. */
  public record Match(int length, Entity entity, MentionKind kind) {}

  /** A title hit: its length in tokens, the title as written and its kind of role. */
  public record Title(int length, String title, String roleKind) {}

  private final Map<String, Match> names = new HashMap<>();
  private final Map<String, Entity> byKey = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();
  /** Every beginning of a name and of a title: a lookup stops as soon as the words read so far begin none. */
  private final Set<String> namePrefixes = new HashSet<>();
  private final Set<String> titlePrefixes = new HashSet<>();
  private final Set<String> honorifics = new HashSet<>();
  private final Map<String, String> adjectives = new HashMap<>();
  private final Map<String, String> capitals = new HashMap<>();
  private final Map<String, String> placeCities = new HashMap<>();
  private final Map<String, String> keywords = new HashMap<>();
  /** Wikidata ids (Q159) of countries and unions by entity key, from country-coder (wikidata.tsv). */
  private final Map<String, String> wikidata = new HashMap<>();
  private final Map<String, String> isoByCountry = new HashMap<>();
  private final Map<String, String> countryByIso = new HashMap<>();
  /** The names a hand-listed city is known by, the canonical one first: GeoNames may use any of them. */
  private final Map<String, List<String>> cityNames = new HashMap<>();

  private static volatile Gazetteer instance;

  public static Gazetteer get() {
    Gazetteer local = instance;
    if (local == null) {
      synchronized (Gazetteer.class) {
        if (instance == null) instance = new Gazetteer();
        local = instance;
      }
    }
    return local;
  }

  private Gazetteer() {
    for (String[] row : rows("countries.tsv")) {
      Entity country = Entity.of(EntityType.COUNTRY, row[0]);
      country = country.withCountry(country.key());
      put(row[0], country, MentionKind.NAME);
      for (String alias : split(row, 1)) put(alias, country, MentionKind.NAME);
      for (String adjective : split(row, 2)) put(adjective, country, MentionKind.ADJECTIVE);
      adjectives.put(country.key(), split(row, 2).stream().findFirst().orElse(row[0]));
      if (!split(row, 3).isEmpty()) capitals.put(country.key(), split(row, 3).get(0));
      for (String city : split(row, 3)) {
        Entity capital = new Entity(Entity.keyOf(EntityType.CITY, city), EntityType.CITY, city, country.key(), null, true);
        if (!names.containsKey(city)) put(city, capital, MentionKind.NAME);
        names(names.get(city).entity()).add(city);
      }
    }
    for (String[] row : rows("cities.tsv")) {
      String country = row.length > 2 && !row[2].isBlank() ? Entity.keyOf(EntityType.COUNTRY, row[2]) : null;
      // a capital is already known from countries.tsv: its aliases here name the same city
      Entity city = names.containsKey(row[0]) ? names.get(row[0]).entity()
          : new Entity(Entity.keyOf(EntityType.CITY, row[0]), EntityType.CITY, row[0], country, null, false);
      if (!names.containsKey(row[0])) put(row[0], city, MentionKind.NAME);
      for (String alias : split(row, 1)) if (!names.containsKey(alias)) put(alias, city, MentionKind.NAME);
      names(city).add(row[0]);
      names(city).addAll(split(row, 1));
    }
    for (String[] row : rows("places.tsv")) {
      String country = row.length > 3 && !row[3].isBlank() ? Entity.keyOf(EntityType.COUNTRY, row[3].strip()) : null;
      Entity place = new Entity(Entity.keyOf(EntityType.PLACE, row[0]), EntityType.PLACE, row[0], country, null,
          country != null);
      if (row.length > 4 && !row[4].isBlank()) placeCities.put(place.key(), row[4].strip());
      put(row[0], place, MentionKind.NAME);
      for (String alias : split(row, 2)) put(alias, place, MentionKind.NAME);
    }
    for (String[] row : rows("organizations.tsv")) {
      String country = row.length > 2 && !row[2].isBlank() ? Entity.keyOf(EntityType.COUNTRY, row[2]) : null;
      Entity org = new Entity(Entity.keyOf(EntityType.ORGANIZATION, row[0]), EntityType.ORGANIZATION, row[0], country,
          null, false);
      put(row[0], org, MentionKind.NAME);
      for (String alias : split(row, 1)) if (!alias.startsWith("the ")) put(alias, org, MentionKind.NAME);
    }
    for (String[] row : rows("wikidata.tsv")) {
      String key = Entity.keyOf(row[0].equals("country") ? EntityType.COUNTRY : EntityType.ORGANIZATION, row[1]);
      wikidata.put(key, row[2]);
      if (row[0].equals("country") && !row[3].isEmpty()) {
        isoByCountry.put(key, row[3]);
        countryByIso.putIfAbsent(row[3], key);
      }
    }
    for (String[] row : rows("titles.tsv")) titles.put(row[0], row.length > 1 ? row[1] : "official");
    for (String[] row : rows("honorifics.tsv")) honorifics.add(row[0]);
    for (String[] row : rows("name-keywords.tsv")) keywords.put(row[0], row[1]);
    for (String name : names.keySet())
      for (int end = 1; end <= name.length(); end++) namePrefixes.add(name.substring(0, end));
    for (String title : titles.keySet()) addWordPrefixes(titlePrefixes, title);
  }

  private List<String> names(Entity city) {
    return cityNames.computeIfAbsent(city.key(), k -> new ArrayList<>());
  }

  /** The Wikidata entity IRI of a country, territory or union, from country-coder; none for anything else. */
  public Optional<String> wikidataIri(Entity e) {
    String q = wikidata.get(e.key());
    return q == null ? Optional.empty() : Optional.of("http://www.wikidata.org/entity/" + q);
  }

  /** The ISO 3166-1 alpha-2 code of a country key. */
  public Optional<String> isoOf(String countryKey) {
    return Optional.ofNullable(isoByCountry.get(countryKey));
  }

  /** The country key of an ISO 3166-1 alpha-2 code ("RU" is {@code country/russia}). */
  public Optional<String> countryOfIso(String iso2) {
    return Optional.ofNullable(countryByIso.get(iso2));
  }

  /**
   * The GeoNames place a city entity is: the place of its name (or of a name the gazetteer lists
   * for it) in its country, or for a city of no known country the capital or most populous place
   * of that name.
   */
  public Optional<PlaceIndex.Place> geonames(Entity city) {
    if (city.type() != EntityType.CITY) return Optional.empty();
    List<String> known = cityNames.getOrDefault(city.key(), List.of(city.name()));
    String iso = city.country() == null ? null : isoByCountry.get(city.country());
    List<PlaceIndex.Place> found = new ArrayList<>();
    for (String name : known)
      (iso != null ? PlaceIndex.get().in(name, iso) : PlaceIndex.get().best(name)).ifPresent(found::add);
    // a capital is the capital under whichever of its names GeoNames files it ("Washington, D.C.",
    // not the town of Washington, Utah)
    return found.stream().filter(p -> city.governs() && p.isCapital()).findFirst().or(() -> found.stream().findFirst());
  }

  private void put(String surface, Entity entity, MentionKind kind) {
    names.putIfAbsent(surface, new Match(surface.split(" ").length, entity, kind));
    if (kind == MentionKind.NAME) byKey.putIfAbsent(entity.key(), entity);
  }

  /**
   * The longest gazetteer entry that starts at token {@code from}, matched on the exact surface; a
   * name in capitals ("PHNOM PENH" in a dateline) is read as written in running text, and a name
   * the tokenizer left with its sentence's full stop ("Kyiv.") without it.
   */
  public Optional<Match> match(List<Token> tokens, int from) {
    Optional<Match> exact = match(tokens, from, false);
    if (exact.isPresent() || from >= tokens.size() || !isCapitals(tokens.get(from).word())) return exact;
    return match(tokens, from, true);
  }

  private static boolean isCapitals(String w) {
    return w.length() > 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'')
        && w.chars().anyMatch(Character::isLetter);
  }

  /** "PHNOM" read as "Phnom", "SAN FRANCISCO" as "San Francisco"; other words as they are. */
  public static String asWritten(String w) {
    if (!isCapitals(w.replace(" ", ""))) return w;
    StringBuilder sb = new StringBuilder(w.length());
    boolean start = true;
    for (char c : w.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == '-' || c == ' ';
    }
    return sb.toString();
  }

  private Optional<Match> match(List<Token> tokens, int from, boolean fromCapitals) {
    StringBuilder surface = new StringBuilder();
    Match best = null;
    int bestLength = 0;
    for (int i = from; i < tokens.size() && i - from < MAX_NAME_TOKENS; i++) {
      Token t = tokens.get(i);
      if (i > from && tokens.get(i - 1).span().end() < t.span().begin()) surface.append(' ');
      String w = fromCapitals ? asWritten(t.word()) : t.word();
      String read = surface + w;
      if (!namePrefixes.contains(read) && w.length() > 2 && w.endsWith(".")) {
        // "to Kyiv." at the end of a quote: the name ends here, without the stop
        Match m = names.get(read.substring(0, read.length() - 1));
        if (m != null) {
          best = m;
          bestLength = i - from + 1;
        }
        break;
      }
      if (!namePrefixes.contains(read)) break;
      surface.append(w);
      Match m = names.get(read);
      if (m != null) {
        best = m;
        bestLength = i - from + 1;
      }
    }
    if (best == null) return Optional.empty();
    return Optional.of(new Match(bestLength, best.entity(), best.kind()));
  }

  /** The longest title that starts at token {@code from}, in any case ("President", "foreign minister"). */
  public Optional<Title> title(List<Token> tokens, int from) {
    StringBuilder surface = new StringBuilder();
    Title best = null;
    for (int i = from; i < tokens.size() && i - from < 5; i++) {
      if (i > from) surface.append(' ');
      surface.append(tokens.get(i).lower());
      String read = surface.toString();
      if (!titlePrefixes.contains(read)) break;
      String kind = titles.get(read);
      if (kind != null) best = new Title(i - from + 1, read, kind);
    }
    return Optional.ofNullable(best);
  }

  public String titleKind(String title) {
    return titles.get(title.toLowerCase(Locale.ROOT));
  }

  /** The adjective of a country ("Chinese" for {@code country/china}), or its name when none is known. */
  public String adjectiveOf(Entity country) {
    String key = country.country() != null ? country.country() : country.key();
    return adjectives.getOrDefault(key, country.name());
  }

  /** The capital city of a country key, if known ("the Chinese capital" is Beijing). */
  public Optional<Entity> capitalOf(String countryKey) {
    String city = capitals.get(countryKey);
    return city == null ? Optional.empty() : lookup(city).map(Match::entity);
  }

  /** The city a seat or landmark stands in ("the Kremlin" is in Moscow), if known. */
  public Optional<Entity> cityOf(Entity place) {
    String city = placeCities.get(place.key());
    return city == null ? Optional.empty() : lookup(city).map(Match::entity);
  }

  public boolean isHonorific(String word) {
    return honorifics.contains(word);
  }

  /** Organization, Place or Other for a head word of a capitalised name, else empty. */
  public Optional<String> keywordClass(String word) {
    return Optional.ofNullable(keywords.get(word));
  }

  /** The entity of a gazetteer key such as {@code country/china}, if the gazetteer has it. */
  public Optional<Entity> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The entity a surface names exactly, if any. */
  public Optional<Match> lookup(String surface) {
    return Optional.ofNullable(names.get(surface));
  }

  private static List<String> split(String[] row, int column) {
    if (row.length <= column || row[column].isBlank()) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : row[column].split("\\|")) if (!s.isBlank()) out.add(s.strip());
    return out;
  }

  /** The rows of a TSV resource under {@link #DIR}, comments and blank lines skipped. */
  /**
   * Adds the phrase and its beginnings that end at a word ("take", "take a", "take a stand"): with
   * them a lookup word by word stops as soon as the words read so far begin no phrase.
   */
  public static void addWordPrefixes(Set<String> prefixes, String phrase) {
    for (int end = phrase.indexOf(' '); end >= 0; end = phrase.indexOf(' ', end + 1)) prefixes.add(phrase.substring(0, end));
    prefixes.add(phrase);
  }

  public static List<String[]> rows(String file) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DIR + file)) {
      if (in == null) throw new IOException("missing resource " + DIR + file);
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t", -1);
        for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
        rows.add(cols);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
