package newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.entity.Entity;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.EntityType;
import newsgraph.entity.Gazetteer;
import newsgraph.entity.Mention;
import newsgraph.entity.MentionKind;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.QuoteMarks;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.nlp.WordSets;

/**
 * Meetings between named actors: "X met (with) Y", "X and Y met", "X held talks with Y", "talks
 * between X and Y", "X hosted / received / welcomed Y", "X's meeting with Y", "X visited Y" (Y a
 * person), "a visit by X to Y's country", "X travelled to C, where he and Y…", handshakes and
 * calls. Each gets a status (planned, refused, cancelled, denied, hypothetical, negated or
 * occurred), a date and a place; the reports of one pair and status in one article are merged
 * into one. Stateless and thread-safe.
 */
public final class MeetingExtractor implements Extractor<Meeting> {
  private static final Set<String> LINKS = Set.of("with", "between", "by", "and", "to", "the", "a", "an", ",", "his",
      "her", "their", "counterpart", "counterparts", "host", "hosts", "for", "of", "visiting", "fellow", "both");
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final MeetingRules rules;

  public MeetingExtractor(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.rules = new MeetingRules(WordSets.get(), gazetteer);
  }

  public MeetingRules rules() {
    return rules;
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public List<Meeting> extract(EntityDocument ed) {
    AnnotatedDocument doc = ed.doc();
    List<QuoteMarks.Quoted> quoted = ed.quoted();
    List<Meeting> found = new ArrayList<>();
    Entity dateline = dateline(ed).orElse(null);
    for (Sentence s : doc.sentences()) {
      // the rules read over the dependency tree come first; the older rules over word order fill in
      List<Integer> syntactic = new ArrayList<>();
      for (MeetingRules.Match m : rules.find(ed, s, found)) {
        if (QuoteMarks.inside(s.token(m.trigger()), quoted)) continue;
        // a place named elsewhere in the sentence belongs to another clause ("his touchdown at X follows after he met Y")
        java.util.List<Integer> scope = newsgraph.nlp.ClauseReader.scope(s, m.trigger());
        int[] clause = s.tree().extent(scope.get(scope.size() - 1));
        Setting setting = setting(ed, s, m.trigger(), m.call() ? "call" : "meeting", m.status(), dateline, clause[0], clause[1]);
        Entity place = m.place() != null && !m.call() ? m.place() : setting.place();
        found.add(new Meeting(sorted(m.participants()), m.status(), m.call(), setting.date(), place,
            s.token(m.trigger()).word(), new Evidence(doc.article().id(), s.span(), s.span(), m.rule().id())));
        syntactic.add(m.trigger());
      }
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (QuoteMarks.inside(t, quoted) || syntactic.contains(i)) continue;
        Optional<String> kind = lexicon.meetingKind(t.word());
        if (kind.isEmpty()) continue;
        found.addAll(meetingAt(ed, s, i, kind.get(), dateline, quoted));
      }
      travelledWhere(ed, s).ifPresent(found::add);
    }
    return inheritPlaces(merge(found));
  }

  private static final Set<String> TRAVEL_VERBS = Set.of("travelled", "traveled", "flew", "went", "arrived", "visited",
      "came", "headed", "journeyed");

  /** "Putin travelled to Beijing, where he and Xi touted…": those named after "where" met there. */
  private Optional<Meeting> travelledWhere(EntityDocument ed, Sentence s) {
    for (int w = 2; w + 1 < s.size(); w++) {
      if (!s.token(w).is("where") || !s.token(w - 1).is(",")) continue;
      Entity place = null;
      boolean travelled = false;
      for (int k = 0; k < w; k++) {
        if (TRAVEL_VERBS.contains(s.token(k).lower())) travelled = true;
        if (travelled && place == null) place = Clauses.locationAt(ed, s, k + 1).map(Mention::entity).orElse(null);
      }
      if (!travelled || place == null) continue;
      List<Entity> group = new ArrayList<>();
      group(ed, s, w + 1, group);
      group = dropCountriesOfPersons(group);
      if (group.size() < 2) continue;
      MeetingStatus status = status(s, w);
      String date = DateResolver.resolve(Dateline.blanked(s.span().of(ed.doc().normalized())), published(ed), false).orElse(null);
      return Optional.of(new Meeting(sorted(group), status, false, date, place, "where",
          new Evidence(ed.doc().article().id(), s.span(), s.span(), "meeting.travel-where")));
    }
    return Optional.empty();
  }

  /** A meeting with no place shares the city of another meeting of the article with a common participant on the same day. */
  private List<Meeting> inheritPlaces(List<Meeting> meetings) {
    List<Meeting> out = new ArrayList<>();
    for (Meeting m : meetings) {
      Entity place = m.place();
      if (place == null && m.status() == MeetingStatus.OCCURRED && !m.call()) {
        for (Meeting other : meetings) {
          if (other == m || other.place() == null || other.status() != MeetingStatus.OCCURRED) continue;
          Entity city = other.place().type() == EntityType.CITY ? other.place() : gazetteer.cityOf(other.place()).orElse(null);
          boolean shared = other.participants().stream().anyMatch(m.participants()::contains);
          boolean sameDay = m.date() == null || other.date() == null || closeDates(m.date(), other.date());
          if (city != null && shared && sameDay) {
            place = city;
            break;
          }
        }
      }
      out.add(place == m.place() ? m : new Meeting(m.participants(), m.status(), m.call(), m.date(), place, m.trigger(),
          m.evidence()));
    }
    return out;
  }

  private static boolean closeDates(String a, String b) {
    if (a.length() != 10 || b.length() != 10) return a.startsWith(b) || b.startsWith(a);
    return Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay()) <= 3;
  }

  private List<Meeting> meetingAt(EntityDocument ed, Sentence s, int i, String kind, Entity dateline,
                                      List<QuoteMarks.Quoted> quoted) {
    Token t = s.token(i);
    boolean handshake = kind.equals("handshake") && i + 1 < s.size() && s.token(i + 1).is("hands", "hand");
    boolean noun = !handshake && ("NOUN".equals(t.pos()) || t.is("talks", "meeting", "meetings", "summit", "visit", "call",
        "handshake", "lunch", "dinner", "banquet"));
    if (!triggerHolds(ed, s, i, kind)) return List.of();
    if (kind.equals("visit")) return visit(ed, s, i, dateline).stream().toList();
    List<Entity> left = new ArrayList<>();
    List<Entity> right = new ArrayList<>();
    if (noun) nounSides(ed, s, i, quoted, left, right);
    else verbSides(ed, s, i, kind, left, right);
    String rule = noun ? "meeting.noun" : "meeting.verb";
    List<Entity> participants = new ArrayList<>();
    for (Entity e : left) if (!participants.contains(e)) participants.add(e);
    for (Entity e : right) if (!participants.contains(e)) participants.add(e);
    participants = dropCountriesOfPersons(rules.leadersForCountries(ed, s, participants));
    if (participants.size() < 2) return List.of();
    MeetingStatus status = status(s, i);
    Setting setting = setting(ed, s, i, kind, status, dateline);
    Evidence evidence = new Evidence(ed.doc().article().id(), s.span(), s.span(), rule + "." + kind);
    if (kind.equals("host") && !noun && left.size() == 1 && right.size() > 1) {
      // "X has hosted A, B and C": three visits, the guests did not meet each other
      List<Meeting> visits = new ArrayList<>();
      for (Entity guest : right)
        if (!guest.equals(left.get(0)))
          visits.add(new Meeting(sorted(List.of(left.get(0), guest)), status, false, setting.date(), setting.place(),
              t.word(), evidence));
      return visits;
    }
    return List.of(new Meeting(sorted(participants), status, kind.equals("call"), setting.date(), setting.place(),
        t.word(), evidence));
  }

  /** Whether the trigger word means a meeting here: a call that is a call, a welcome of a person, "sat down with". */
  private boolean triggerHolds(EntityDocument ed, Sentence s, int i, String kind) {
    Token t = s.token(i);
    if (kind.equals("call") && !isCall(s, i)) return false;
    if (kind.equals("host") && t.is("welcome", "welcomes", "welcomed", "welcoming") && !objectIsPerson(ed, s, i + 1))
      return false;
    if (kind.equals("talks") && t.is("talked")) return false;
    // "sat down with": only with "down with" is sitting a meeting
    return !kind.equals("sitdown") || i + 2 < s.size() && s.token(i + 1).is("down") && s.token(i + 2).is("with");
  }

  /** The sides of a meeting noun: "X's meeting with Y", "talks between X and Y", "a meeting with Y" (X the subject). */
  private void nounSides(EntityDocument ed, Sentence s, int i, List<QuoteMarks.Quoted> quoted, List<Entity> left,
                         List<Entity> right) {
    group(ed, s, i + 1, right);
    possessor(ed, s, i).ifPresent(left::add);
    if (left.isEmpty()) {
      int k = i - 1;
      while (k >= 0 && (s.token(k).is("a", "an", "the", "his", "her", "their", "separate", "televised", "bilateral",
          "first", "rare", "private", "closed-door", "face-to-face", "virtual", "video", "phone", "brief", "two-hour",
          "lengthy", "long", "planned", "upcoming", "in-person", "summit", "formal", "informal", "historic")
          || "ADJ".equals(s.token(k).pos()))) k--;
      // "X held talks with Y": the verb's subject; after a preposition ("for talks with Y") the clause's person, below
      if (k >= 0 && s.token(k).is("held", "hold", "holds", "holding", "had", "have", "has", "began", "start", "started",
          "attend", "attended")) {
        subjectGroup(ed, s, k, left);
      }
    }
    if (left.isEmpty() && !right.isEmpty() && i + 1 < s.size() && s.token(i + 1).is("with", "between") && right.size() == 1) {
      // "X said in a meeting with Y", "Speaking at talks with Y, X hailed…": the clause's person
      for (Mention m : ed.mentionsIn(s.index())) {
        if (!m.isPerson() || !Clauses.usableActor(m) || QuoteMarks.inside(s.token(m.first()), quoted)) continue;
        Entity e = ed.actor(m);
        if (!right.contains(e)) {
          left.add(e);
          break;
        }
      }
    }
  }

  /** The sides of a meeting verb: its subject, and its object ("met and shook hands with Castro"). */
  private void verbSides(EntityDocument ed, Sentence s, int i, String kind, List<Entity> left, List<Entity> right) {
    subjectGroup(ed, s, i, left);
    int k = i + 1;
    // "met and shook hands with Castro": the object follows the second verb
    if (k + 1 < s.size() && s.token(k).is("and") && s.token(k + 1).isVerb()) k += 2;
    if (k < s.size() && s.token(k).is("hands", "hand", "down")) k++;
    if (kind.equals("handshake")) while (k < s.size() && s.token(k).is("hands", "hand")) k++;
    group(ed, s, k, right);
  }

  /** When and where a meeting was (or is to be), as this article tells it. */
  private record Setting(String date, Entity place) {}

  private Setting setting(EntityDocument ed, Sentence s, int i, String kind, MeetingStatus status, Entity dateline) {
    return setting(ed, s, i, kind, status, dateline, 0, s.size() - 1);
  }

  /** The setting, taking a place from the sentence only between tokens {@code from} and {@code to} (the meeting's clause). */
  private Setting setting(EntityDocument ed, Sentence s, int i, String kind, MeetingStatus status, Entity dateline,
                          int from, int to) {
    String date = DateResolver.resolve(Dateline.blanked(s.span().of(ed.doc().normalized())), published(ed),
        status == MeetingStatus.PLANNED).orElse(null);
    Entity place = place(ed, s, from, to).orElse(null);
    // "…met Castro. The brief encounter happened Friday at the summit in Panama City": the next sentences tell more
    for (int n = s.index() + 1; n <= s.index() + 4 && n < ed.doc().sentences().size() && (date == null || place == null); n++) {
      Sentence next = ed.doc().sentences().get(n);
      if (!refersBackToMeeting(next)) continue;
      if (date == null) date = DateResolver.resolve(next.span().of(ed.doc().normalized()), published(ed),
          status == MeetingStatus.PLANNED).orElse(null);
      if (place == null) place = place(ed, next).orElse(null);
    }
    // the dateline places what happened there; a call has no one place, a plan may be elsewhere
    if (place == null && !kind.equals("call") && status == MeetingStatus.OCCURRED) place = dateline;
    if (date == null && status == MeetingStatus.OCCURRED && presentTense(s, i) && published(ed) != null)
      date = published(ed).toString(); // "Johnson is meeting Varadkar": today, as the article is dated
    if (date == null && status == MeetingStatus.OCCURRED && !rules.recalled(s, i)) {
      // issue 16: with no date in its sentence or the next ones, a meeting the news reports took place
      // on the dateline's day ("PHNOM PENH, Nov. 13 (Yonhap) --"), else on the day of publication
      date = datelineDate(ed).orElse(published(ed) == null ? null : published(ed).toString());
    }
    return new Setting(date, place);
  }

  /** "is meeting", "are holding talks", "meets": the event is happening as the article is written. */
  private static boolean presentTense(Sentence s, int i) {
    Token t = s.token(i);
    if (t.lower().endsWith("s") && !t.lower().endsWith("ss") && "VERB".equals(t.pos())) return true;
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (s.token(k).is("is", "are")) return s.token(k + 1).lower().endsWith("ing") || k + 1 == i;
      if (s.token(k).is("was", "were", "has", "have", "had", "will")) return false;
    }
    return false;
  }

  /** The nouns a later sentence names a meeting by: a sentence without one of them cannot refer back. */
  private static final List<String> BACK_REFERENCE_NOUNS =
      List.of("meeting", "talks", "encounter", "summit", "visit", "handshake", "session", "call", "trip");
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(?i)\\b(the|their|this|that|his|her) (\\w+ )?(" + String.join("|", BACK_REFERENCE_NOUNS) + ")\\b");

  private static boolean refersBackToMeeting(Sentence s) {
    StringBuilder sb = new StringBuilder();
    for (Token t : s.tokens()) sb.append(t.word()).append(' ');
    String words = sb.toString();
    String lower = words.toLowerCase(Locale.ROOT);
    for (String noun : BACK_REFERENCE_NOUNS)
      if (lower.contains(noun)) return BACK_REFERENCE.matcher(words).find(); // the search tries every word at every position
    return false;
  }

  /** "X visited Y" (a person), "a visit by X to Russia" (hosted by the sentence's Russian), "X travelled to C, where he and Y…". */
  private Optional<Meeting> visit(EntityDocument ed, Sentence s, int i, Entity dateline) {
    List<Entity> participants = new ArrayList<>();
    List<Entity> visitor = new ArrayList<>();
    Entity country = null;
    int k = i + 1;
    if (k < s.size() && s.token(k).is("by")) {
      group(ed, s, k + 1, visitor);
      for (int j = k + 1; j + 1 < s.size() && j < k + 8; j++) {
        if (s.token(j).is("to")) {
          Optional<Mention> c = ed.at(s.index(), j + 1);
          if (c.isPresent() && c.get().entity().type() == EntityType.COUNTRY) country = c.get().entity();
        }
      }
      if (visitor.isEmpty() || country == null) return Optional.empty();
      Entity host = hostOf(ed, s, country.key(), visitor);
      if (host != null) {
        participants.add(visitor.get(0));
        participants.add(host);
      }
    } else {
      List<Entity> object = new ArrayList<>();
      group(ed, s, k, object);
      List<Entity> subject = new ArrayList<>();
      subjectGroup(ed, s, i, subject);
      Optional<Mention> placeObject = Clauses.locationAt(ed, s, k);
      if (object.stream().noneMatch(e -> e.type() == EntityType.PERSON) && placeObject.isPresent() && !subject.isEmpty()) {
        // "X will visit Russia" in a sentence that names Russia's leader: the visit is to them
        Entity where = placeObject.get().entity();
        country = where.type() == EntityType.COUNTRY ? where : null;
        String countryKey = where.type() == EntityType.COUNTRY ? where.key() : where.country();
        Entity host = hostOf(ed, s, countryKey, subject);
        if (host == null) return Optional.empty();
        object = List.of(host);
        if (country == null) country = where;
      }
      object = object.stream().filter(e -> e.type() == EntityType.PERSON).toList();
      if (object.isEmpty()) return Optional.empty();
      participants.addAll(subject);
      participants.addAll(object);
    }
    participants = dropCountriesOfPersons(participants);
    if (participants.size() < 2) return Optional.empty();
    MeetingStatus status = status(s, i);
    String date = DateResolver.resolve(s.span().of(ed.doc().normalized()), published(ed), status == MeetingStatus.PLANNED)
        .orElse(null);
    Entity place = country != null ? country : place(ed, s).orElse(dateline);
    return Optional.of(new Meeting(sorted(participants), status, false, date, place, s.token(i).word(),
        new Evidence(ed.doc().article().id(), s.span(), s.span(), "meeting.visit")));
  }

  /** The person of the sentence who belongs to the visited country and is not a visitor. */
  private static Entity hostOf(EntityDocument ed, Sentence s, String countryKey, List<Entity> visitors) {
    if (countryKey == null) return null;
    for (Mention m : ed.mentionsIn(s.index())) {
      Entity e = m.entity();
      if (e.type() == EntityType.PERSON && countryKey.equals(e.country()) && !visitors.contains(e)) return e;
    }
    return null;
  }

  private boolean isCall(Sentence s, int i) {
    String window = window(s, i - 3, i + 3);
    return window.contains("phone") || window.contains("video") || window.contains("telephone")
        || (s.token(i).is("call") && "NOUN".equals(s.token(i).pos()) && A_CALL_WITH.matcher(window).find());
  }

  private boolean objectIsPerson(EntityDocument ed, Sentence s, int from) {
    List<Entity> g = new ArrayList<>();
    group(ed, s, from, g);
    return g.stream().anyMatch(e -> e.type() == EntityType.PERSON);
  }

  private static String window(Sentence s, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) sb.append(s.token(k).lower()).append(' ');
    return sb.toString();
  }

  /** Coordinated actors starting at token {@code from}: "Y", "Y and Z", "with Y, Z and W", "between Y and Z". */
  private static void group(EntityDocument ed, Sentence s, int from, List<Entity> out) {
    int k = from;
    int skipped = 0;
    while (k < s.size() && skipped < 6) {
      if (s.token(k).is("his", "her", "their", "its") && k + 1 < s.size() && !s.token(k + 1).isPunct()) {
        k++; // a possessive before the name ("his Chinese counterpart Wang Yi") is no participant of its own
        skipped++;
        continue;
      }
      Optional<Mention> m = Clauses.actorAt(ed, s, k);
      if (m.isPresent() && m.get().first() <= k + 1) {
        Mention mention = m.get();
        out.add(ed.actor(mention));
        k = mention.end();
        // skip a possessive or an apposition: "Y's", "Y, China's top diplomat,"
        if (k < s.size() && s.token(k).is("'s")) return;
        if (k < s.size() && s.token(k).is(",") && k + 1 < s.size() && !s.token(k + 1).is("and")) {
          int j = k + 1;
          Optional<Mention> next = Clauses.actorAt(ed, s, j);
          if (next.isPresent() && next.get().kind() == MentionKind.ROLE) k = next.get().end();
        }
        if (k < s.size() && (s.token(k).is("and", "&") || s.token(k).is(",") && listGoesOn(ed, s, k + 1))) {
          k++;
          continue;
        }
        return;
      }
      Token t = s.token(k);
      // "opposition leader Raila Odinga": a lowercase role noun right before the name
      boolean roleNoun = "NOUN".equals(t.pos()) && !t.isCapitalized()
          && (Clauses.actorAt(ed, s, k + 1).isPresent() || k + 2 < s.size() && !s.token(k + 1).isPunct() && Clauses.actorAt(ed, s, k + 2).isPresent());
      if (!LINKS.contains(t.lower()) && !"ADJ".equals(t.pos()) && !Clauses.gapWord(t) && !roleNoun) return;
      k++;
      skipped++;
    }
  }

  /** After a comma, a list goes on only when the next actor is followed by another comma or "and": "X, Y and Z". */
  private static boolean listGoesOn(EntityDocument ed, Sentence s, int k) {
    Optional<Mention> next = Clauses.actorAt(ed, s, k);
    if (next.isEmpty()) return false;
    int after = next.get().end();
    return after < s.size() && s.token(after).is(",", "and", "&");
  }

  /** The subject of the verb or noun at {@code i}, with its coordinated partners ("X and Y met"). */
  private static void subjectGroup(EntityDocument ed, Sentence s, int i, List<Entity> out) {
    Optional<Mention> subject = Clauses.subjectBefore(ed, s, i);
    if (subject.isEmpty()) return;
    Mention m = subject.get();
    out.add(ed.actor(m));
    int k = m.first() - 1;
    while (k > 0 && s.token(k).is("and", ",")) {
      Optional<Mention> prev = Clauses.endingAt(ed, s, k);
      if (prev.isEmpty()) break;
      out.add(0, ed.actor(prev.get()));
      k = prev.get().first() - 1;
    }
  }

  private static Optional<Entity> possessor(EntityDocument ed, Sentence s, int i) {
    int k = i - 1;
    while (k > 0 && "ADJ".equals(s.token(k).pos())) k--;
    if (k > 0 && s.token(k).is("'s", "'")) return Clauses.endingAt(ed, s, k).map(ed::actor);
    if (k >= 0 && s.token(k).is("his", "her", "their")) return ed.at(s.index(), k).filter(Clauses::usableActor).map(ed::actor);
    return Optional.empty();
  }

  /** People rather than their countries: "Russia and China" are kept only when no person of theirs takes part. */
  static List<Entity> dropCountriesOfPersons(List<Entity> participants) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : participants) {
      boolean represented = e.type() == EntityType.COUNTRY
          && participants.stream().anyMatch(p -> p.type() == EntityType.PERSON && e.key().equals(p.country()));
      if (!represented) out.add(e);
    }
    return out;
  }

  private static List<Entity> sorted(List<Entity> participants) {
    return participants.stream().sorted(Comparator.comparing(Entity::key)).distinct().toList();
  }

  // the words around a meeting trigger that set its status
  private static final Pattern A_CALL_WITH = Pattern.compile("\\bcall (with|between)\\b");
  private static final Pattern REFUSAL_WORDS =
      Pattern.compile("\\b(refused|refuses|declined|declines|rejected|rebuffed|snubbed|will not|won't|would not)\\b");
  private static final Pattern WAS_REFUSED = Pattern.compile("\\b(were|was) (rebuffed|rejected|refused|turned down|snubbed)\\b");
  private static final Pattern CANCELLATION_WORDS =
      Pattern.compile("\\b(cancel|cancelled|canceled|cancels|called off|postponed|scrapped)\\b");
  private static final Pattern DENIAL_WORDS = Pattern.compile("\\b(denied|denies|deny)\\b");
  private static final Pattern NEGATION_WORDS = Pattern.compile("\\b(not|n't|never|yet to|no)\\b");
  private static final Pattern CONDITION_WORDS = Pattern.compile("\\b(if|could|might|would|unless|whether)\\b");
  private static final Pattern OFFER_OR_WISH = Pattern.compile(
      "\\b(open to|willing to|ready to|offered to|offers to|would like to|calls? for|called for|urged?)\\b");
  private static final Pattern FUTURE_WORDS = Pattern.compile("\\b(will|shall|'ll|plans|planned|plan|planning|expected|"
      + "expects|scheduled|upcoming|invited|invites|invitation|forward|proposed|due|hope|hopes|hoped|intends|wants|"
      + "seeking|seeks|sought|requested|prepare|preparing)\\b");
  private static final Pattern SET_OR_DUE_TO = Pattern.compile("\\b(is|are|was|were) (set|going|due) to\\b");
  private static final Pattern LATER_OR_LOOKING_FORWARD = Pattern.compile(
      "\\b(later this (year|month|week)|next (week|month|year)|looked forward|look forward|looking forward)\\b");
  private static final Pattern WILL_MEET_OR_EXPECTED = Pattern.compile(
      "\\b(will (visit|meet|travel|hold)|is expected to|are expected to|is due to|are due to)\\b");

  /** Planned, refused, cancelled, denied, hypothetical, negated, or occurred: read from the words around the trigger. */
  static MeetingStatus status(Sentence s, int i) {
    String before = window(s, i - 14, i);
    String around = window(s, i - 8, i + 6);
    String sentence = window(s, 0, s.size());
    if (REFUSAL_WORDS.matcher(before).find()
        || WAS_REFUSED.matcher(around).find())
      return MeetingStatus.REFUSED;
    if (CANCELLATION_WORDS.matcher(around).find())
      return MeetingStatus.CANCELLED;
    if (DENIAL_WORDS.matcher(before).find()) return MeetingStatus.DENIED;
    if (NEGATION_WORDS.matcher(before).find()) return MeetingStatus.NEGATED;
    if (CONDITION_WORDS.matcher(before).find() && !before.contains("would be held")
        || OFFER_OR_WISH.matcher(before).find())
      return MeetingStatus.HYPOTHETICAL; // an offer or a wish is not yet a meeting
    if (i >= 2 && s.token(i - 1).is("to") && ("PROPN".equals(s.token(i - 2).pos()) || s.token(i - 2).isCapitalized()))
      return MeetingStatus.PLANNED; // the headline's "Albanese to meet Biden"
    if (FUTURE_WORDS.matcher(before).find()
        || SET_OR_DUE_TO.matcher(before).find()
        || LATER_OR_LOOKING_FORWARD.matcher(around).find()
        || WILL_MEET_OR_EXPECTED.matcher(sentence).find())
      return MeetingStatus.PLANNED;
    return MeetingStatus.OCCURRED;
  }

  /** "in Moscow", "at the Kremlin", "in Beijing's Great Hall of the People": a city first. */
  private static Optional<Entity> place(EntityDocument ed, Sentence s) {
    return place(ed, s, 0, s.size() - 1);
  }

  private static Optional<Entity> place(EntityDocument ed, Sentence s, int from, int to) {
    Entity city = null, other = null;
    for (Mention m : ed.mentionsIn(s.index())) {
      if (m.kind() != MentionKind.NAME || !m.entity().type().isLocation() || m.first() < from || m.first() > to) continue;
      int k = m.first() - 1;
      // "at her country retreat Chequers", "in the Chinese capital"
      int skipped = 0;
      while (k >= 0 && skipped < 4 && (s.token(k).is("the", "her", "his", "their", "its", "a") || "NOUN".equals(s.token(k).pos())
          && !s.token(k).isCapitalized() || "ADJ".equals(s.token(k).pos()) && !s.token(k).isCapitalized())) {
        k--;
        skipped++;
      }
      if (k < 0 || !s.token(k).is("in", "at", "to", "visit", "visits", "visited", "visiting")) continue;
      if (s.token(k).is("to") && k > 0 && s.token(k - 1).is("according", "due", "close", "next")) continue;
      if (k + 1 < s.size() && m.end() < s.size() && s.token(m.end()).is("'s") && m.entity().type() == EntityType.COUNTRY) continue;
      if (m.entity().type() == EntityType.CITY && city == null) city = m.entity();
      else if (other == null) other = m.entity();
    }
    return Optional.ofNullable(city != null ? city : other);
  }

  /** The dateline city ("MOSCOW —", "BEIJING (Reuters) -") of the first paragraphs. */
  /** The date of the dateline that opens one of the first paragraphs ("NEW DELHI, March 3 (Reuters) -"). */
  private static Optional<String> datelineDate(EntityDocument ed) {
    AnnotatedDocument doc = ed.doc();
    for (int p = 0; p < Math.min(4, doc.paragraphs().size()); p++) {
      String para = doc.paragraphs().get(p).of(doc.normalized());
      int end = Dateline.end(para);
      if (end == 0) continue;
      Optional<String> date = DateResolver.resolve(para.substring(0, end), published(ed), false);
      if (date.isPresent() && date.get().length() == 10) return date;
    }
    return Optional.empty();
  }

  private Optional<Entity> dateline(EntityDocument ed) {
    AnnotatedDocument doc = ed.doc();
    for (int p = 0; p < Math.min(4, doc.paragraphs().size()); p++) {
      String para = doc.paragraphs().get(p).of(doc.normalized());
      Optional<String> word = Dateline.place(para);
      if (word.isEmpty()) continue;
      String name = titleCase(word.get());
      Optional<Gazetteer.Match> hit = gazetteer.lookup(name);
      if (hit.isPresent() && hit.get().entity().type() == EntityType.CITY) return Optional.of(hit.get().entity());
      // "IRPIN (Ukraine) •": a town the gazetteer does not know, in the country named in brackets
      Optional<Gazetteer.Match> country = Dateline.bracketed(para).flatMap(gazetteer::lookup);
      if (country.isPresent() && country.get().entity().type() == EntityType.COUNTRY) return Optional.of(country.get().entity());
    }
    return Optional.empty();
  }

  private static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder();
    for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
      if (w.isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  private static LocalDate published(EntityDocument ed) {
    return ed.doc().article().meta().published();
  }

  /** One report per set of participants and status in an article: the most precise date, the first place. */
  private static List<Meeting> merge(List<Meeting> found) {
    Map<String, Meeting> merged = new LinkedHashMap<>();
    for (Meeting m : found) {
      String key = m.status() + "|" + m.participants().stream().map(Entity::key).toList();
      Meeting prev = merged.get(key);
      if (prev == null) {
        merged.put(key, m);
        continue;
      }
      String date = precision(m.date()) > precision(prev.date()) ? m.date() : prev.date();
      Entity place = prev.place() != null ? prev.place() : m.place();
      merged.put(key, new Meeting(prev.participants(), prev.status(), prev.call() && m.call(), date, place,
          prev.trigger(), prev.evidence()));
    }
    return List.copyOf(merged.values());
  }

  private static int precision(String date) {
    return date == null ? 0 : date.length();
  }
}
