package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newsgraph.entity.Entity;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.EntityType;
import newsgraph.entity.Mention;
import newsgraph.entity.MentionKind;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.TextNormalizer;
import newsgraph.nlp.Token;

/**
 * Shallow clause reading over tokens and mentions, shared by the extractors: the subject before a
 * verb (skipping adverbs, auxiliaries, time phrases and appositions), the actor right after a verb,
 * negation and modality before a verb. Stateless.
 */
final class Clauses {
  private static final int MAX_GAP = 7;
  static final Set<String> GAP_WORDS = Set.of("has", "have", "had", "is", "was", "were", "are", "be", "been", "also",
      "on", "this", "last", "week", "month", "year", "morning", "afternoon", "evening", "night", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "will", "would", "could", "may",
      "might", "can", "should", "must", "not", "n't", "never", "did", "does", "do", "to", "continued", "continues",
      "continue", "wants", "wanted", "want", "sought", "seeks", "seek", "refused", "refuses", "declined", "declines",
      "failed", "fails", "vowed", "pledged", "appeared", "appears", "seemed", "seems", "tried", "tries", "meanwhile",
      "however", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "january", "february", "march", "april",
      "june", "july", "august", "september", "october", "november", "december", "earlier", "later", "again",
      "previously", "reportedly", "repeatedly", "firmly", "strongly", "hotly", "consistently", "publicly", "openly",
      "already", "still", "now", "just", "clearly", "once", "then", "long", "both", "all", "too", "himself",
      "herself", "itself", "themselves", "being", "going", "set", "expected", "planned", "plans",
      "plan", "hopes", "hoped", "officially", "reluctant");
  private static final Set<String> DOCUMENTS = Set.of("paper", "statement", "report", "document", "readout",
      "communique", "communiqué", "declaration", "letter", "memo", "white", "ministry", "embassy", "notice",
      "proposal", "plan", "website", "release", "text", "agreement", "announcement");

  private Clauses() {}

  static boolean gapWord(Token t) {
    String pos = t.pos();
    return GAP_WORDS.contains(t.lower()) || "ADV".equals(pos) || "AUX".equals(pos) || "PART".equals(pos)
        || "NUM".equals(pos) || t.lower().endsWith("ly") && t.word().length() > 4 && !t.isCapitalized();
  }

  /**
   * The country or body an unnamed official stands for: "a senior Venezuelan official", "the
   * ministry's spokesman", "EU diplomats", "Obama administration officials" speak for Venezuela,
   * the ministry, the EU, the United States (GUIDELINES.md:
   * with no one named, the country is the actor). Empty for a token that is no official's title or
   * has no such modifier.
   */
  static Optional<Entity> bodyOfOfficial(EntityDocument ed, Sentence s, int t) {
    if (!newsgraph.nlp.WordSets.get().contains("official-nouns", s.token(t)) || ed.at(s.index(), t).isPresent())
      return Optional.empty();
    boolean administration = false;
    Entity leader = null;
    for (int c : s.tree().children(t)) {
      String rel = s.tree().label(c);
      if (!(rel.equals("nmod") || rel.equals("amod") || rel.equals("compound") || rel.equals("poss"))) continue;
      administration |= s.token(c).is("administration", "government");
      Optional<Mention> m = ed.at(s.index(), c);
      if (m.isPresent() && (m.get().entity().type() == EntityType.COUNTRY || m.get().entity().governs()
          || m.get().entity().type() == EntityType.ORGANIZATION)) return Optional.of(ed.actor(m.get()));
      if (m.isPresent() && m.get().entity().type() == EntityType.PERSON) leader = m.get().entity();
    }
    // "Obama administration officials": the government the leader heads speaks, that is, his country
    return administration && leader != null ? ed.countryOf(leader) : Optional.empty();
  }

  static boolean usableActor(Mention m) {
    return m.kind() != MentionKind.ADJECTIVE && (m.entity().type().isActor() || m.entity().governs());
  }

  /** The actor mention that is the subject of the verb at token v, if the tokens before it show one. */
  static Optional<Mention> subjectBefore(EntityDocument ed, Sentence s, int v) {
    int i = v - 1, skipped = 0;
    boolean apposition = false, coordinated = false;
    while (i >= 0) {
      Token t = s.token(i);
      Optional<Mention> m = endingAt(ed, s, i + 1);
      if (m.isPresent()) return m;
      if (isAsideMark(t) && !apposition) {
        int j = previousAsideMark(s, i);
        if (j >= 0) {
          // "the envoy, Elliott Abrams, said": the name between the commas is the subject
          Optional<Mention> named = endingAt(ed, s, i).filter(x -> x.first() == j + 1 && x.isPerson());
          if (named.isPresent()) return named;
          if (opensAside(s, j + 1, i)) {
            i = j - 1;
            apposition = true;
            continue;
          }
        }
        return Optional.empty();
      }
      if (t.is("who", "which") && i > 0) return antecedent(ed, s, i);
      if (t.is("it", "they") && i > 0) {
        // "Saudi Arabia said it opposes…": the pronoun is the speaker of the reporting verb
        int r = s.token(i - 1).is("that") ? i - 2 : i - 1;
        if (r > 0 && s.token(r).is("said", "says", "added", "stressed", "insisted", "reiterated", "declared", "announced",
            "warned", "noted", "confirmed", "repeated"))
          return subjectBefore(ed, s, r).filter(x -> x.entity().type() != EntityType.PERSON);
        return Optional.empty();
      }
      if (t.is("and") && i > 1 && "VERB".equals(s.token(i - 1).pos()) && !coordinated) {
        // "Obama has met and shaken hands with Castro": the subject of the first verb
        coordinated = true;
        i -= 2;
        continue;
      }
      if (t.is("and") && i > 1 && !coordinated) {
        // "The EU condemned the strike and urged Moscow to…": the subject of the verb before "and"
        for (int u = i - 1; u > 0 && u > i - 15; u--) {
          // past a speech verb the first verb belongs to another speaker's clause
          if (s.token(u).is(",", ";", "\"", "said", "says", "told", "added", "stressed", "noted", "that")) break;
          if ("VERB".equals(s.token(u).pos())) return subjectBefore(ed, s, u);
        }
        return Optional.empty();
      }
      if (t.is(")") && i > 0) {
        // "the Tigray People's Liberation Front (TPLF) also committed": skip the parenthesis
        int open = i - 1;
        while (open > 0 && !s.token(open).is("(") && open > i - 6) open--;
        if (s.token(open).is("(")) {
          i = open - 1;
          continue;
        }
      }
      if (t.is("hand") && i >= 3 && s.token(i - 1).is("other") && s.token(i - 3).is("on")) {
        i -= 4; // "Russia on the other hand refused"
        continue;
      }
      if (!gapWord(t) || ++skipped > MAX_GAP) return Optional.empty();
      i--;
    }
    return Optional.empty();
  }

  /** "Nikolai Patrushev, the secretary of the council, who called for…": the person the relative clause is about. */
  private static Optional<Mention> antecedent(EntityDocument ed, Sentence s, int who) {
    int k = who - 1;
    if (k >= 0 && s.token(k).is(",")) k--;
    Optional<Mention> direct = endingAt(ed, s, k + 1);
    if (direct.isPresent() && direct.get().isPerson()) return direct;
    // past an apposition ("Patrushev, the secretary of the Security Council, who"): the person before its comma
    for (int j = k; j > 0 && j > who - 25; j--) {
      if (!s.token(j).is(",")) continue;
      Optional<Mention> m = endingAt(ed, s, j).filter(Mention::isPerson);
      if (m.isPresent()) return m;
    }
    return direct;
  }

  /** Whether a mention stands inside quotation marks (an odd number of marks before it in its paragraph). */
  static boolean insideQuotes(EntityDocument ed, Mention m) {
    return ed.doc().insideQuotes(m.span().begin());
  }


  private static final Set<String> COUNTRY_PAIRS = Set.of("countries", "sides", "nations", "governments", "states", "parties");
  private static final Set<String> PERSON_PAIRS = Set.of("leaders", "presidents", "ministers", "men", "heads");

  /**
   * "The two countries said…", "both leaders agreed…": the two actors of that kind last named
   * together ("China and Russia"), in this sentence or up to ten before, or empty.
   */
  static List<Entity> thePair(EntityDocument ed, Sentence s, int v) {
    int i = v - 1;
    while (i >= 0 && gapWord(s.token(i)) && !s.token(i).is("both", "Both")) i--;
    if (i < 0) return List.of();
    String noun = s.token(i).lower();
    if (noun.equals("both") && (i == 0 || s.token(i - 1).isPunct())) {
      // "Both noted that…": the pair last named together, persons first
      List<Entity> pair = lastPair(ed, s, i, false);
      if (pair.isEmpty()) pair = lastPair(ed, s, i, true);
      return pair.isEmpty() ? lastTwoPersons(ed, s.index() - 1) : pair;
    }
    if (i < 1) return List.of();
    boolean countries = COUNTRY_PAIRS.contains(noun), persons = PERSON_PAIRS.contains(noun);
    if (!countries && !persons) return List.of();
    int k = i - 1;
    while (k >= 0 && "ADJ".equals(s.token(k).pos()) && !s.token(k).is("two")) k--;
    if (k < 0 || !(s.token(k).is("two", "both") || s.token(k).is("leaders"))) return List.of();
    return lastPair(ed, s, k, countries);
  }

  /**
   * "…," the joint statement said: a document both sides issued speaks for the pair last named
   * together (persons, else countries).
   */
  static List<Entity> jointIssuers(EntityDocument ed, Sentence s, int v) {
    int i = v - 1;
    while (i >= 0 && gapWord(s.token(i))) i--;
    if (i < 1 || !DOCUMENTS.contains(s.token(i).lower()) || !s.token(i - 1).is("joint")) return List.of();
    List<Entity> persons = lastPair(ed, s, i - 1, false);
    if (persons.isEmpty()) persons = lastPair(ed, s, i - 1, true);
    return persons.isEmpty() ? lastTwoPersons(ed, s.index()) : persons;
  }

  /** The last two persons named outside quotes in sentence n and the five before it, earlier first. */
  static List<Entity> lastTwoPersons(EntityDocument ed, int n) {
    return lastTwoPersons(ed, n, 5);
  }

  /** The last two persons named outside quotes in sentence n and the {@code lookback} before it, earlier first. */
  static List<Entity> lastTwoPersons(EntityDocument ed, int n, int lookback) {
    List<Entity> persons = new ArrayList<>();
    for (int k = n; k >= 0 && k >= n - lookback && persons.size() < 2; k--) {
      List<Mention> ms = ed.mentionsIn(k);
      for (int j = ms.size() - 1; j >= 0 && persons.size() < 2; j--) {
        Mention m = ms.get(j);
        if (m.entity().type() == EntityType.PERSON && m.kind() != MentionKind.PRONOUN && !insideQuotes(ed, m)
            && !persons.contains(m.entity())) persons.add(0, m.entity());
      }
    }
    return persons.size() == 2 ? List.copyOf(persons) : List.of();
  }

  /** The pair last named together before token k of s: "China and Russia…", "Xi and Putin…". */
  private static List<Entity> lastPair(EntityDocument ed, Sentence s, int k, boolean countries) {
    for (int n = s.index(); n >= 0 && n >= s.index() - 10; n--) {
      Sentence sn = ed.doc().sentences().get(n);
      List<Mention> list = ed.mentionsIn(n);
      for (int j = list.size() - 1; j >= 1; j--) {
        Mention b = list.get(j);
        if (n == s.index() && b.first() >= k) continue;
        if (b.first() < 2 || !sn.token(b.first() - 1).is("and")) continue;
        Optional<Mention> a = endingAt(ed, sn, b.first() - 1);
        if (a.isEmpty()) continue;
        Entity x = ed.actor(a.get()), y = ed.actor(b);
        if (!x.equals(y) && fitsPair(x, a.get(), countries) && fitsPair(y, b, countries)) return List.of(x, y);
      }
    }
    return List.of();
  }

  private static boolean fitsPair(Entity e, Mention m, boolean countries) {
    return countries ? e.type() == EntityType.COUNTRY : e.type() == EntityType.PERSON && m.kind() != MentionKind.PRONOUN;
  }

  /** A document as subject ("the paper said", "a paper …, which accused"): the body that issued it. */
  static Optional<Mention> documentBefore(EntityDocument ed, Sentence s, int v) {
    int i = v - 1;
    while (i >= 0 && gapWord(s.token(i))) i--;
    if (i >= 0 && s.token(i).is("which", "that") && i > 0) {
      // a relative clause: its antecedent is the noun before, past a comma and a quoted title
      int k = i - 1;
      while (k >= 0 && !(DOCUMENTS.contains(s.token(k).lower()) && "NOUN".equals(s.token(k).pos())) && k > i - 15) k--;
      if (k >= 0 && DOCUMENTS.contains(s.token(k).lower())) return issuingBody(ed, s.index());
      return Optional.empty();
    }
    if (i < 0 || !DOCUMENTS.contains(s.token(i).lower()) || !"NOUN".equals(s.token(i).pos())) return Optional.empty();
    if (i > 0 && s.token(i - 1).is("joint")) return Optional.empty(); // both sides issued it: jointIssuers
    return issuingBody(ed, s.index());
  }

  /** The organisation, else the country, most recently named as an actor up to five sentences back. */
  static Optional<Mention> issuingBody(EntityDocument ed, int sentence) {
    Mention country = null;
    for (int k = sentence; k >= 0 && k >= sentence - 5; k--) {
      var list = ed.mentionsIn(k);
      for (int j = list.size() - 1; j >= 0; j--) {
        Mention m = list.get(j);
        if (m.kind() == MentionKind.ADJECTIVE || insideQuotes(ed, m)) continue;
        if (m.entity().type() == EntityType.ORGANIZATION) return Optional.of(m);
        if (country == null && (m.entity().type() == EntityType.COUNTRY || m.entity().governs())) country = m;
      }
      if (country != null) return Optional.of(country);
    }
    return Optional.ofNullable(country);
  }

  /**
   * The actors listed before mention m, earlier first ("Weber and Novak said", "X, Y and Z
   * condemned": X and Y): the list ends "… and m", an aside in brackets is skipped ("X (the
   * ministry) and Y"), and a pronoun counts as whom it stands for ("he and Xi touted"). A comma
   * alone before m closes an opening phrase
   * ("In talks with Y, X said"; "Weeks before Moscow invaded Ukraine, Russia and China declared").
   */
  static List<Entity> coordinatedBefore(EntityDocument ed, Sentence s, Mention m) {
    List<Entity> out = new ArrayList<>();
    Entity last = ed.actor(m);
    int k = beforeArticle(s, m.first() - 1);
    while (k > 0 && (s.token(k).is("and") || !out.isEmpty() && s.token(k).is(",")) && !insideQuotes(ed, s, k)) {
      int end = k;
      if (s.token(end - 1).is(")")) {
        while (end > 0 && !s.token(end - 1).is("(")) end--;
        end--;
      }
      Optional<Mention> prev = endingAt(ed, s, end);
      if (prev.isEmpty()) break;
      int before = prev.get().first() - 1;
      if (s.token(k).is(",") && before >= 0 && !s.token(before).is(",", "and", "both", "Both")
          && !"DET".equals(s.token(before).pos())) break;
      Entity e = ed.actor(prev.get());
      if (e.equals(last) || out.contains(e)) break;
      out.add(0, e);
      k = beforeArticle(s, before);
    }
    return out;
  }

  /** The token before a "the" at k, else k: each name of a list may have its article ("The US, the EU and NATO"). */
  private static int beforeArticle(Sentence s, int k) {
    return k > 0 && s.token(k).is("the") ? k - 1 : k;
  }

  private static boolean insideQuotes(EntityDocument ed, Sentence s, int k) {
    return ed.doc().insideQuotes(s.token(k).span().begin());
  }

  /** The actor right after token index {@code from}, allowing a leading article: "said Mr. Putin", "said the minister". */
  static Optional<Mention> actorAt(EntityDocument ed, Sentence s, int from) {
    for (int i = from; i < Math.min(s.size(), from + 2); i++) {
      for (Mention m : ed.mentionsIn(s.index()))
        if (m.first() == i && usableActor(m)) return Optional.ofNullable(longestFrom(ed, s, i));
      if (!s.token(i).is("the", "a", "an")) break;
    }
    return Optional.empty();
  }

  /** A country, city or place mention right after token {@code from} ("visit Russia", "visit the Kremlin"). */
  static Optional<Mention> locationAt(EntityDocument ed, Sentence s, int from) {
    for (int i = from; i < Math.min(s.size(), from + 2); i++) {
      for (Mention m : ed.mentionsIn(s.index()))
        if (m.first() == i && m.kind() == MentionKind.NAME && m.entity().type().isLocation()) return Optional.of(m);
      if (!s.token(i).is("the")) break;
    }
    return Optional.empty();
  }

  private static Mention longestFrom(EntityDocument ed, Sentence s, int i) {
    Mention best = null;
    for (Mention m : ed.mentionsIn(s.index()))
      if (m.first() == i && usableActor(m) && (best == null || m.end() > best.end())) best = m;
    return best;
  }

  /** The longest usable actor mention that ends exactly at token {@code end}. */
  static Optional<Mention> endingAt(EntityDocument ed, Sentence s, int end) {
    Mention best = null;
    for (Mention m : ed.mentionsIn(s.index()))
      if (m.end() == end && usableActor(m) && (best == null || m.end() - m.first() > best.end() - best.first()))
        best = m;
    if (best != null && best.kind() != MentionKind.ROLE && best.first() > 0) {
      // "China's top diplomat" is one role mention; "Russia's Vladimir Putin" is the person
      for (Mention m : ed.mentionsIn(s.index()))
        if (m.end() == end && m.kind() == MentionKind.ROLE && m.first() < best.first()) return Optional.of(m);
    }
    return Optional.ofNullable(best);
  }

  private static boolean isAsideMark(Token t) {
    return t.is(",", "\u2014", "-", "\u2013", "--");
  }

  private static int previousAsideMark(Sentence s, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 15; j--) if (isAsideMark(s.token(j))) return j;
    return -1;
  }

  private static boolean opensAside(Sentence s, int from, int to) {
    if (from >= to) return false;
    Token first = s.token(from);
    if (first.is("a", "an", "the", "who", "which", "former", "meanwhile", "however", "too", "also", "in", "for",
        "speaking", "according", "left", "right", "center", "centre", "whose", "his", "her", "their", "its")) return true;
    for (int k = from; k < to; k++) if (!"ADV".equals(s.token(k).pos())) return false;
    return true;
  }

  /** Negation between the subject and the verb at v: "did not", "never", "refused to", "has yet to". */
  static boolean negatedBefore(Sentence s, int v) {
    for (int i = v - 1; i >= 0 && i >= v - 4; i--) {
      String w = s.token(i).lower();
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("refused") || w.equals("declined")
          || w.equals("failed") || w.equals("yet") || w.equals("refuses") || w.equals("declines")
          || w.equals("refusing") || w.equals("no") || w.equals("reluctant") || w.equals("unwilling")
          || w.equals("hesitant")) return true;
      if (w.equals(",") || w.equals(";")) return false;
    }
    return false;
  }

  static String lower(Sentence s, int i) {
    return s.token(i).word().toLowerCase(Locale.ROOT);
  }
}
