package newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Span;
import newsgraph.nlp.Token;
import newsgraph.nlp.WordSets;

/**
 * Finds the mentions of one sentence without a trained name finder: gazetteer entries, ministries
 * and governments named by a country ("China's Foreign Ministry"), titled names ("Chinese
 * President Xi Jinping"), honorific names ("Mr. Wang"), proper-noun runs classified by their head
 * word, role descriptions ("the Russian leader") and personal pronouns. Thread-safe.
 */
final class MentionFinder {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her");
  private static final Set<String> NAME_CONNECTORS = Set.of("bin", "al", "al-", "de", "van", "von", "da", "di", "la", "le", "ibn");
  private static final Set<String> NOT_NAMES = Set.of("I", "The", "A", "An", "This", "That", "These", "Those", "But",
      "And", "Or", "In", "On", "At", "As", "It", "He", "She", "They", "We", "You", "Our", "His", "Her", "Its", "Their",
      "However", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "If", "When", "While", "After", "Before", "According", "Both",
      "Asked", "Also", "Here", "There", "What", "Why", "How", "Who", "Is", "Are", "Was", "Yes", "No", "Not", "So",
      "Some", "Many", "All", "Even", "Still", "Technically", "Today", "Yesterday", "Tomorrow", "Meanwhile", "With",
      "From", "For", "By", "To", "Of", "Hide", "Advertisement", "Sign", "Share", "West", "East", "North", "South",
      "Europe", "Asia", "Africa", "Western", "Minister", "President", "Prime", "Secretary");
  private static final Set<String> ORG_PHRASES_LOWER = Set.of("foreign ministry", "foreign affairs ministry",
      "ministry of foreign affairs", "defence ministry", "defense ministry", "state media", "state-run media",
      "state television", "presidential office", "embassy", "foreign office", "state department", "military",
      "armed forces", "parliament", "cabinet");
  private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
      "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");
  private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "side", "authorities", "administration",
      "leadership", "regime", "presidency", "chancellery");

  private final Gazetteer gazetteer;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Candidate> find(AnnotatedDocument doc) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) find(doc, s, out);
    return out;
  }

  private void find(AnnotatedDocument doc, Sentence s, List<Candidate> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      int next = at(doc, s, i, out);
      i = Math.max(next, i + 1);
    }
  }

  /** Reads what starts at token i, adds its candidates, returns where to go on. */
  private int at(AnnotatedDocument doc, Sentence s, int i, List<Candidate> out) {
    List<Token> t = s.tokens();
    Token tok = t.get(i);
    if (isPronoun(tok, i)) {
      out.add(candidate(doc, s, i, i + 1, MentionKind.PRONOUN, EntityType.PERSON, null, null, null, null, null, false));
      return i + 1;
    }
    int start = i;
    while (i < t.size() && t.get(i).is("former", "then", "ex", "late", "outgoing", "incoming", "acting")) i++;
    boolean former = i > start;
    Optional<Gazetteer.Match> gaz = i < t.size() ? gazetteer.match(t, i) : Optional.empty();
    // "Paris Hilton", "Lincoln Chafee": a town's name that a further name continues is a longer name
    if (gaz.isPresent() && gaz.get().entity().type() == EntityType.CITY && continuesAsName(t, i + gaz.get().length()))
      gaz = Optional.empty();
    Prefix prefix = gaz.isPresent() ? prefix(doc, s, i, gaz.get(), out) : new Prefix(i, null, null, false);
    if (prefix.complete()) return prefix.end();
    int titled = titledPerson(doc, s, start, former, prefix, out);
    if (titled >= 0) return titled;
    if (gaz.isPresent()) return prefix.end();
    if (gazetteer.isHonorific(tok.word())) {
      int nameEnd = nameRun(t, i + 1, false);
      if (nameEnd > i + 1) {
        out.add(candidate(doc, s, i, nameEnd, MentionKind.NAME, EntityType.PERSON, name(doc, t, i + 1, nameEnd),
            null, null, null, null, true));
        return nameEnd;
      }
      return i + 1;
    }
    int nameEnd = nameRun(t, i, i == 0);
    if (nameEnd > i && nameEnd + 1 < t.size() && t.get(nameEnd).is("'s") && t.get(nameEnd + 1).lower().equals("office")) {
      // "Yoon's office said": the office speaks, an organisation of its own
      String office = name(doc, t, i, nameEnd) + "'s office";
      out.add(candidate(doc, s, i, nameEnd + 2, MentionKind.NAME, EntityType.ORGANIZATION, office,
          Entity.of(EntityType.ORGANIZATION, office), null, null, null, false));
      return nameEnd + 2;
    }
    if (nameEnd > i) {
      classifyRun(doc, s, i, nameEnd, out);
      return nameEnd;
    }
    return i + 1;
  }

  /** Whether the word at k carries a name on: capitalised, and no gazetteer entry, title or date of its own. */
  private boolean continuesAsName(List<Token> t, int k) {
    if (k >= t.size()) return false;
    Token next = t.get(k);
    return "PROPN".equals(next.pos()) && isNameToken(next, false) && !CALENDAR.contains(next.word())
        && gazetteer.match(t, k).isEmpty() && gazetteer.title(t, k).isEmpty()
        && gazetteer.keywordClass(next.word()).isEmpty();
  }

  private static boolean isPronoun(Token tok, int i) {
    return PRONOUNS.contains(tok.word()) || (i == 0 && PRONOUNS.contains(tok.lower()) && tok.word().length() > 1
        && Character.isUpperCase(tok.word().charAt(0)));
  }

  /**
   * What a gazetteer name leaves for the words after it: where they start, the country and the
   * organisation it names ("Russian", "China's", "U.S.", "the African Union"), or that the name
   * stands alone and the mention ends with it.
   */
  private record Prefix(int end, String country, Entity org, boolean complete) {}

  private Prefix prefix(AnnotatedDocument doc, Sentence s, int i, Gazetteer.Match m, List<Candidate> out) {
    List<Token> t = s.tokens();
    int after = i + m.length();
    boolean possessive = after < t.size() && t.get(after).is("'s", "'");
    if (m.kind() == MentionKind.ADJECTIVE || (m.entity().type() == EntityType.COUNTRY && possessive)) {
      String country = m.entity().country() != null ? m.entity().country() : m.entity().key();
      int afterPrefix = possessive ? after + 1 : after;
      // the country itself, as written
      out.add(candidate(doc, s, i, after, m.kind(), EntityType.COUNTRY, m.entity().name(), m.entity(), null, null,
          country, false));
      int before = out.size();
      int org = organisationOfCountry(doc, s, afterPrefix, m.entity(), out);
      if (org > afterPrefix) return new Prefix(org, country, out.get(before).entity(), false);
      return new Prefix(afterPrefix, country, null, false);
    }
    if (m.entity().type() == EntityType.COUNTRY && after < t.size() && gazetteer.title(t, after).isPresent()) {
      // "U.S. Secretary of State Antony Blinken", "US President Joe Biden"
      out.add(candidate(doc, s, i, after, MentionKind.NAME, EntityType.COUNTRY, m.entity().name(), m.entity(), null,
          null, m.entity().key(), false));
      return new Prefix(after, m.entity().key(), null, false);
    }
    out.add(candidate(doc, s, i, after, MentionKind.NAME, m.entity().type(), m.entity().name(), m.entity(), null,
        null, m.entity().country(), false));
    if (m.entity().type() != EntityType.ORGANIZATION && !m.entity().governs()) return new Prefix(after, null, null, true);
    int afterPrefix = possessive ? after + 1 : after;
    // "the African Union (AU) High Representative": skip the acronym in brackets
    if (afterPrefix + 2 < t.size() && t.get(afterPrefix).is("(") && t.get(afterPrefix + 2).is(")")) afterPrefix += 3;
    return new Prefix(afterPrefix, m.entity().country(), m.entity(), false);
  }

  /**
   * A title after the prefix: the titled person ("Russian Foreign Minister Sergei Lavrov") or the
   * role without a name ("the Russian leader"). Returns where to go on, or -1 when no title starts here.
   */
  private int titledPerson(AnnotatedDocument doc, Sentence s, int start, boolean former, Prefix prefix,
                           List<Candidate> out) {
    List<Token> t = s.tokens();
    String country = prefix.country();
    Entity prefixOrg = prefix.org();
    int j = prefix.end();
    while (j < t.size() && t.get(j).is("former", "deputy", "then", "acting", "top", "chief", "senior", "vice")
        && gazetteer.title(t, j).isEmpty()) j++;
    Optional<Gazetteer.Title> title = j < t.size() ? gazetteer.title(t, j) : Optional.empty();
    int determiner = describedFrom(t, start);
    if (title.isEmpty() || t.get(j).is("leader", "head", "chief") && country == null && prefixOrg == null
        && !(determiner >= 0 && determiner < start - 1)) return -1;
    int afterTitle = j + title.get().length();
    // a second title word: "Foreign Minister" after "Deputy", "Secretary of State"
    Optional<Gazetteer.Title> more = afterTitle < t.size() ? gazetteer.title(t, afterTitle) : Optional.empty();
    String titleText = span(doc, t, j, afterTitle);
    String roleKind = title.get().roleKind();
    if (more.isPresent() && t.get(afterTitle).isCapitalized() == t.get(j).isCapitalized()) {
      titleText = span(doc, t, j, afterTitle + more.get().length());
      roleKind = more.get().roleKind();
      afterTitle += more.get().length();
    }
    int nameEnd = nameRun(t, afterTitle, false);
    // "official PA radio": a title before an organisation is no person's name
    if (nameEnd > afterTitle && gazetteer.match(t, afterTitle).isPresent()) nameEnd = afterTitle;
    if (nameEnd > afterTitle) {
      String name = name(doc, t, afterTitle, nameEnd);
      String aff = country;
      if (prefixOrg != null && prefixOrg.country() != null) aff = prefixOrg.country();
      // the mention spans the whole noun phrase, title included: "Russian Foreign Minister Sergei Lavrov"
      // a former title is no current role ("former Nigerian President Olusegun Obasanjo")
      out.add(candidate(doc, s, start, nameEnd, MentionKind.NAME, EntityType.PERSON, name, null,
          former ? null : capitalize(titleText), former ? null : roleKind, aff, true));
      return nameEnd;
    }
    boolean described = determiner >= 0 || country != null || prefixOrg != null || (start > 0 && t.get(start - 1).is("'s"));
    if (described && !former) {
      // a role without a name: "the Russian leader", "a Chinese Foreign Ministry spokesman"
      out.add(new Candidate(s.index(), start, afterTitle, spanOf(t, start, afterTitle),
          span(doc, t, start, afterTitle), MentionKind.ROLE, EntityType.PERSON, null, prefixOrg,
          titleText.toLowerCase(Locale.ROOT), roleKind, country, false));
      return afterTitle;
    }
    return Math.max(prefix.end(), start + 1);
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");

  /**
   * Where the determiner of a role noun starting at {@code start} stands: right before it ("the
   * minister"), or before up to three describing words ("the leftist leader", "the veteran
   * diplomat", "the visiting premier"); -1 when there is none. A noun modifier other than a
   * describing word makes another role ("the opposition leader" is not the president).
   */
  private static int describedFrom(List<Token> t, int start) {
    for (int k = start - 1; k >= 0 && k >= start - 4; k--) {
      Token w = t.get(k);
      if (DETERMINERS.contains(w.lower())) return k;
      boolean describing = "ADJ".equals(w.pos()) && !w.isCapitalized()
          || "VERB".equals(w.pos()) && (w.lower().endsWith("ing") || w.lower().endsWith("ed"))
          || WordSets.get().contains("descriptor-words", w);
      if (!describing) return -1;
    }
    return -1;
  }

  /** "Chinese Foreign Ministry", "China's Ministry of Foreign Affairs", "the Ethiopian government". */
  private int organisationOfCountry(AnnotatedDocument doc, Sentence s, int from, Entity country, List<Candidate> out) {
    List<Token> t = s.tokens();
    if (from >= t.size()) return from;
    if (t.get(from).is("capital") && gazetteer.capitalOf(countryKey(country)).isPresent()) {
      // "the Chinese capital" names the city
      Entity capital = gazetteer.capitalOf(countryKey(country)).get();
      out.add(candidate(doc, s, from - 1, from + 1, MentionKind.NAME, capital.type(), capital.name(), capital, null, null,
          capital.country(), false));
      return from + 1;
    }
    if (GOVERNMENT_WORDS.contains(t.get(from).lower())) {
      out.add(candidate(doc, s, from - 1, from + 1, MentionKind.NAME, EntityType.COUNTRY, country.name(),
          countryEntity(country), null, null, country.key(), false));
      return from + 1;
    }
    for (int len = 4; len >= 1; len--) {
      if (from + len > t.size()) continue;
      String phrase = span(doc, t, from, from + len).toLowerCase(Locale.ROOT);
      if (ORG_PHRASES_LOWER.contains(phrase)) {
        String canonical = canonicalBody(phrase);
        String adjective = adjectiveOf(country);
        Entity org = new Entity(Entity.keyOf(EntityType.ORGANIZATION, adjective + " " + canonical),
            EntityType.ORGANIZATION, adjective + " " + canonical, countryKey(country), null, false);
        int first = from;
        while (first > 0 && (t.get(first - 1).is("'s") || gazetteer.match(t, first - 1).isPresent())) first--;
        out.add(candidate(doc, s, first, from + len, MentionKind.NAME, EntityType.ORGANIZATION, org.name(), org, null,
            null, countryKey(country), false));
        return from + len;
      }
    }
    return from;
  }

  private static String canonicalBody(String phrase) {
    return switch (phrase) {
      case "foreign affairs ministry", "ministry of foreign affairs", "foreign ministry" -> "Foreign Ministry";
      case "defence ministry", "defense ministry" -> "Defence Ministry";
      case "state-run media", "state media" -> "state media";
      default -> phrase;
    };
  }

  private String adjectiveOf(Entity country) {
    return gazetteer.adjectiveOf(country);
  }

  private Entity countryEntity(Entity e) {
    return gazetteer.byKey(countryKey(e)).orElse(e);
  }

  private static String countryKey(Entity e) {
    return e.country() != null ? e.country() : e.key();
  }

  /** End of the run of name tokens that starts at {@code from} (== from when there is none). */
  private int nameRun(List<Token> t, int from, boolean sentenceStart) {
    int j = from;
    while (j < t.size()) {
      Token tok = t.get(j);
      if (isNameToken(tok, j == 0 && sentenceStart)) {
        if (j > from && gazetteer.match(t, j).map(m -> m.entity().type() == EntityType.COUNTRY).orElse(false)) break;
        if (j > from && CALENDAR.contains(tok.word())) break; // "President Xi Jinping Monday said
        j++;
      } else if (j > from && j + 1 < t.size() && NAME_CONNECTORS.contains(tok.lower())
          && isNameToken(t.get(j + 1), false)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static final Pattern NAME_PARTICLE = Pattern.compile("(?:al|el|ad|as|ash|bin|ibn|abu|van|von|de|da|di|du|le|la)-\\p{Lu}.*");

  private static final Set<String> FUNCTION_TAGS = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT");

  private boolean isNameToken(Token tok, boolean sentenceStart) {
    String w = tok.word();
    if (!sentenceStart && w.indexOf('-') > 0 && NAME_PARTICLE.matcher(w).matches()) return true; // "Majdi al-Khalidi"
    if (!tok.isCapitalized() || NOT_NAMES.contains(w) || w.length() == 1) return false;
    if (w.endsWith(".") && w.length() == 2) return true; // an initial: "Vladimir V. Putin"
    if (gazetteer.isHonorific(w) || gazetteer.titleKind(w) != null) return false;
    if ("PROPN".equals(tok.pos())) return true;
    // at the start of a sentence the tagger often misreads a name ("Wang/VERB's talks"); coreference filters
    if (sentenceStart) return !FUNCTION_TAGS.contains(tok.pos());
    // the tagger often misses foreign names ("Wang/VERB"); inside a sentence a capital marks a name
    return !sentenceStart && !"PUNCT".equals(tok.pos());
  }

  private void classifyRun(AnnotatedDocument doc, Sentence s, int from, int end, List<Candidate> out) {
    List<Token> t = s.tokens();
    String cls = null;
    for (int k = from; k < end; k++) {
      String c = gazetteer.keywordClass(t.get(k).word()).orElse(null);
      if (c == null) continue;
      if (c.equals("Organization") || (c.equals("Place") && cls == null) || (c.equals("Other") && cls == null)) cls = c;
    }
    String name = name(doc, t, from, end);
    if ("Other".equals(cls)) return;
    if ("Organization".equals(cls)) {
      out.add(candidate(doc, s, from, end, MentionKind.NAME, EntityType.ORGANIZATION, name,
          Entity.of(EntityType.ORGANIZATION, name), null, null, null, false));
      return;
    }
    boolean afterLocative = from > 0 && t.get(from - 1).is("in", "at", "near", "outside", "inside")
        || from > 1 && t.get(from - 1).is("of") && t.get(from - 2).is("village", "town", "city", "region", "province",
            "county", "island", "district", "port", "state", "capital");
    boolean dateline = s.index() == 0 && from == 0 && end < t.size() && t.get(end).is(",", "(", "\u2014", "-", "--", "\u2022")
        && t.subList(from, end).stream().allMatch(k -> k.word().equals(k.word().toUpperCase(java.util.Locale.ROOT)));
    if (cls == null && (afterLocative || dateline)) {
      Optional<Entity> city = cityInGeoNames(doc, s, from, end, dateline);
      if (city.isPresent()) {
        out.add(candidate(doc, s, from, end, MentionKind.NAME, EntityType.CITY, city.get().name(), city.get(), null, null,
            city.get().country(), false));
        return;
      }
    }
    if ("Place".equals(cls) || afterLocative) {
      out.add(candidate(doc, s, from, end, MentionKind.NAME, EntityType.PLACE, name, Entity.of(EntityType.PLACE, name),
          null, null, null, false));
      return;
    }
    out.add(candidate(doc, s, from, end, MentionKind.NAME, EntityType.PERSON, name, null, null, null, null, false));
  }

  /** Towns this small are too often also a common word or a surname to be taken without a country named beside them. */
  private static final int MIN_POPULATION_ALONE = 15_000;

  /**
   * A capitalised name in a locative or dateline position that GeoNames knows as a place: the
   * place in the country written after it ("Woodside, California" has none; "Irpin (Ukraine)",
   * "Sochi, Russia" have one), else a capital or a town big enough to be meant, the most populous.
   */
  private Optional<Entity> cityInGeoNames(AnnotatedDocument doc, Sentence s, int from, int end, boolean dateline) {
    List<Token> t = s.tokens();
    String written = Gazetteer.asWritten(name(doc, t, from, end));
    String iso = null;
    if (end + 1 < t.size() && t.get(end).is(",", "(")) {
      Optional<Gazetteer.Match> next = gazetteer.match(t, end + 1);
      if (next.isPresent() && next.get().entity().type() == EntityType.COUNTRY && next.get().kind() == MentionKind.NAME)
        iso = gazetteer.isoOf(next.get().entity().key()).orElse(null);
    }
    PlaceIndex places = PlaceIndex.get();
    Optional<PlaceIndex.Place> place = iso != null ? places.in(written, iso)
        : places.best(written).filter(p -> dateline || p.isCapital() || p.population() >= MIN_POPULATION_ALONE);
    return place.map(p -> new Entity(Entity.keyOf(EntityType.CITY, p.name()), EntityType.CITY, p.name(),
        gazetteer.countryOfIso(p.iso2()).orElse(null), null, false));
  }

  private Candidate candidate(AnnotatedDocument doc, Sentence s, int first, int end, MentionKind kind, EntityType type,
                              String name, Entity entity, String title, String roleKind, String country,
                              boolean marked) {
    List<Token> t = s.tokens();
    return new Candidate(s.index(), first, end, spanOf(t, first, end), span(doc, t, first, end), kind, type, name,
        entity, title, roleKind, country, marked);
  }

  private static Span spanOf(List<Token> t, int first, int end) {
    return new Span(t.get(first).span().begin(), t.get(end - 1).span().end());
  }

  private static String span(AnnotatedDocument doc, List<Token> t, int first, int end) {
    return spanOf(t, first, end).of(doc.normalized());
  }

  /** A person's name as written, without initials ("Vladimir V. Putin" is "Vladimir Putin"). */
  private static String name(AnnotatedDocument doc, List<Token> t, int first, int end) {
    StringBuilder sb = new StringBuilder();
    for (int k = first; k < end; k++) {
      String w = t.get(k).word();
      if (w.length() == 2 && w.endsWith(".") && end - first > 2) continue;
      if (sb.length() > 0 && t.get(k - 1).span().end() < t.get(k).span().begin()) sb.append(' ');
      sb.append(w);
    }
    return sb.toString();
  }

  private static String capitalize(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(w.equals("of") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }
}
