package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.entity.Entity;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.EntityType;
import newsgraph.entity.Mention;
import newsgraph.nlp.ClauseReader;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.nlp.WordSets;

/**
 * The meeting rules of {@code newsgraph/rules/meetings.rules}, matched over each sentence's
 * dependency tree: a trigger lemma of a word set, optionally the object of a light verb, and the
 * participants read from the clause's slots (subject, object, with-, between- and by-phrases,
 * possessor). Status comes from the trigger's scope (negation, modals, conditions, and governing
 * verbs of planning, refusing, cancelling, denying). Immutable and thread-safe.
 */
public final class MeetingRules {
  public static final String RESOURCE = "newsgraph/rules/meetings.rules";

  /** One rule of the file. */
  public record Rule(String id, String pos, String words, String via, List<String> actors, boolean call,
                     List<String> finds, List<String> avoids) {}

  /** What a rule found: its participants, the trigger token, the status read from its scope, whether a call. */
  public record Match(Rule rule, int trigger, List<Entity> participants, MeetingStatus status, boolean call, Entity place) {}

  private final List<Rule> rules;
  private final WordSets sets;
  private final newsgraph.entity.Gazetteer gazetteer;

  public MeetingRules(WordSets sets, newsgraph.entity.Gazetteer gazetteer) {
    this.sets = sets;
    this.gazetteer = gazetteer;
    List<Rule> loaded = new ArrayList<>();
    for (RuleFile.Block b : RuleFile.read(RESOURCE)) {
      String[] trigger = b.one("trigger").split("\\s+");
      Rule r = new Rule(b.one("rule"), trigger[0], trigger[1], b.optional("via", null),
          List.of(b.one("actors").split("\\s+")), b.optional("mode", "in-person").equals("call"), b.all("find"), b.all("avoid"));
      words(r.words());
      if (r.via() != null) words(r.via());
      loaded.add(r);
    }
    rules = List.copyOf(loaded);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The lemmas a trigger field names: a word set, or lemmas separated by '|'. */
  private Set<String> words(String field) {
    return field.startsWith("@") ? sets.set(field.substring(1)) : Set.of(field.split("\\|"));
  }

  private boolean matches(String field, Token t) {
    if (field.startsWith("@")) return sets.contains(field.substring(1), t);
    return words(field).contains(t.lemma()) || words(field).contains(t.lower());
  }

  /** The matches of all rules in one sentence; {@code earlier} are the article's meetings found so far ("the two" refer back to them). */
  public List<Match> find(EntityDocument ed, Sentence s, List<Meeting> earlier) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      for (Rule r : rules) {
        if (!hasPos(s, i, r.pos()) || !matches(r.words(), t)) continue;
        int governor = -1;
        if (r.via() != null) {
          governor = governor(s, i);
          if (governor < 0 || !matches(r.via(), s.token(governor))) continue;
        }
        // the side that acts (subject, possessor) and the side met (object, with-phrase, host)
        List<Entity> actors = new ArrayList<>(), met = new ArrayList<>(), among = new ArrayList<>();
        for (String slot : r.actors()) {
          List<Entity> side = slot.matches("(via\\.)?subject|possessor") ? actors : slot.endsWith("between") ? among : met;
          List<Entity> found = new ArrayList<>();
          collect(ed, s, slot, i, governor, earlier, found);
          for (Entity e : found) if (!actors.contains(e) && !met.contains(e) && !among.contains(e)) side.add(e);
        }
        List<Entity> participants = new ArrayList<>(actors);
        participants.addAll(among);
        participants.addAll(met);
        participants = MeetingExtractor.dropCountriesOfPersons(participants);
        if (participants.size() < 2) continue;
        boolean call = r.call() || callWordNear(s, i);
        MeetingStatus status = status(s, i, governor);
        Entity place = place(ed, s, i, governor);
        met = MeetingExtractor.dropCountriesOfPersons(met);
        if (actors.size() == 1 && among.isEmpty() && met.size() > 1 && met.stream().allMatch(e -> e.type() == EntityType.PERSON)) {
          // "X hosted A and B", "X met A and B": one meeting with each, the guests did not meet each other
          for (Entity guest : met) out.add(new Match(r, i, List.of(actors.get(0), guest), status, call, place));
        } else {
          out.add(new Match(r, i, participants, status, call, place));
        }
        break; // one rule per trigger: the first that holds
      }
    }
    return out;
  }

  /**
   * Where the clause puts the meeting: a place in an in- or at-phrase of the trigger, of the verb
   * it is the object of, or of the verbs above ("held talks at the Filoli Estate in Woodside"); a
   * city rather than the building or country it is named with; null when the clause names none.
   */
  private Entity place(EntityDocument ed, Sentence s, int trigger, int governor) {
    List<Integer> nodes = new ArrayList<>(ClauseReader.scope(s, trigger));
    if (governor >= 0) nodes.addAll(ClauseReader.scope(s, governor));
    Entity best = null;
    for (int p : nodes) {
      for (int pobj : ClauseReader.prepositionObjects(s, p, sets.set("place-prepositions"))) {
        for (int t : placeTokens(s, pobj)) {
          var m = ed.at(s.index(), t);
          if (m.isEmpty() || m.get().kind() != newsgraph.entity.MentionKind.NAME || !m.get().entity().type().isLocation())
            continue;
          Entity e = m.get().entity();
          if (e.type() == EntityType.CITY) return e;
          if (best == null) best = e;
        }
      }
    }
    return best;
  }

  /** The object of a place preposition and the places named inside it ("the estate in Woodside, California"). */
  private static List<Integer> placeTokens(Sentence s, int pobj) {
    return placeTokens(s, pobj, 0);
  }

  private static List<Integer> placeTokens(Sentence s, int pobj, int depth) {
    List<Integer> out = new ArrayList<>();
    out.add(pobj);
    if (depth > 6) return out;
    for (int c : s.tree().children(pobj)) {
      String rel = s.tree().label(c);
      if (rel.equals("compound") || rel.equals("appos") || rel.equals("poss")) out.add(c);
      if (rel.equals("prep") && s.token(c).lemma().matches("in|at|near|outside"))
        for (int o : s.tree().children(c)) if (s.tree().label(o).equals("pobj")) out.addAll(placeTokens(s, o, depth + 1));
    }
    return out;
  }

  private static final Set<String> NOMINAL = Set.of("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos");

  /** The tagger's part of speech, or for a noun the tree's word: a tagged verb in a nominal relation ("Talks between…" opening a sentence). */
  private static boolean hasPos(Sentence s, int i, String pos) {
    String tag = s.token(i).pos();
    if (tag.equals(pos)) return true;
    if (pos.equals("NOUN")) return tag.equals("VERB") && NOMINAL.contains(s.tree().label(i));
    // "Biden has hosted/ADJ Macron": a participle the tagger calls an adjective, with a subject or an object
    return pos.equals("VERB") && tag.equals("ADJ")
        && (ClauseReader.child(s, i, Set.of("nsubj", "dobj", "nsubjpass")) >= 0);
  }

  /** The verb a noun trigger is the object of: "held talks", "sat down for talks", "talks were held". */
  private static int governor(Sentence s, int n) {
    String rel = s.tree().label(n);
    int head = s.tree().head(n);
    if (head < 0) return -1;
    if (rel.equals("dobj") || rel.equals("nsubjpass")) return head;
    if (rel.equals("pobj") && s.tree().head(head) >= 0 && s.token(head).lemma().matches("for|into|in"))
      return s.tree().head(head);
    return -1;
  }

  private boolean callWordNear(Sentence s, int i) {
    for (int k = Math.max(0, i - 3); k < Math.min(s.size(), i + 4); k++) if (sets.contains("call-words", s.token(k))) return true;
    return false;
  }

  private void collect(EntityDocument ed, Sentence s, String slot, int trigger, int governor, List<Meeting> earlier,
                       List<Entity> out) {
    boolean personsOnly = slot.endsWith(":person");
    String name = personsOnly ? slot.substring(0, slot.length() - ":person".length()) : slot;
    int p = trigger;
    if (name.startsWith("via.")) {
      if (governor < 0) return;
      p = governor;
      name = name.substring(4);
    }
    List<Integer> tokens = switch (name) {
      case "subject" -> ClauseReader.subjects(s, p);
      case "object" -> ClauseReader.objects(s, p);
      case "with" -> ClauseReader.prepositionObjects(s, p, sets.set("with-prepositions"));
      case "between" -> ClauseReader.prepositionObjects(s, p, sets.set("between-prepositions"));
      case "agent" -> ClauseReader.agents(s, p);
      case "possessor" -> {
        int o = ClauseReader.possessor(s, p);
        // "In his talks with Y, X said": a pronoun possessor is the subject of the clause the noun sits in
        if (o >= 0 && s.token(o).pos().equals("PRON") && ed.at(s.index(), o).isEmpty()) yield clauseSubjects(s, p);
        yield o < 0 ? List.<Integer>of() : ClauseReader.coordinated(s, o);
      }
      case "host" -> hosts(ed, s, p, out);
      default -> throw new IllegalArgumentException(RESOURCE + ": unknown actor slot '" + slot + "'");
    };
    boolean leaders = false;
    if (tokens.isEmpty() && (name.equals("object") || name.equals("with")) && p == trigger) {
      // "met and shook hands with Castro": the second verb's with-phrase is the first's too
      for (int c : ClauseReader.children(s, p, "conj"))
        if (s.token(c).isVerb() || s.token(c).pos().equals("ADJ")) {
          tokens = name.equals("with") ? ClauseReader.prepositionObjects(s, c, sets.set("with-prepositions"))
              : ClauseReader.objects(s, c);
          if (!tokens.isEmpty() && !(name.equals("object") && sets.contains("body-nouns", s.token(tokens.get(0))))) break;
          tokens = List.of();
        }
    }
    for (int t : tokens) {
      List<Entity> found = sets.contains("leader-nouns", s.token(t)) ? leadersOf(ed, s, t) : List.of();
      if (!found.isEmpty()) {
        leaders = true;
      } else {
        found = entitiesAt(ed, s, t);
        // "the leaders of France, Germany and Italy" parsed with the later countries coordinated with "leaders"
        if (leaders && found.size() == 1 && found.get(0).type() == EntityType.COUNTRY) found = List.of(leaderOf(ed, found.get(0)));
      }
      if (found.isEmpty() && name.equals("subject") && sets.contains("group-words", s.token(t)))
        found = group(ed, s, earlier);
      // "hosted Ugandan and Tanzanian officials": the countries stand for the people sent
      boolean people = sets.contains("official-nouns", s.token(t));
      for (Entity e : found)
        if ((!personsOnly || people || e.type() == EntityType.PERSON) && !out.contains(e)) out.add(e);
    }
  }

  /**
   * "The leaders of France and Italy": for each country, the one person of the article who leads it
   * (a head-of-state or royal title), else the country itself.
   */
  private List<Entity> leadersOf(EntityDocument ed, Sentence s, int t) {
    List<Entity> out = new ArrayList<>();
    List<Integer> countries = new ArrayList<>(ClauseReader.prepositionObjects(s, t, Set.of("of")));
    if (countries.isEmpty()) return out;
    countries.addAll(ClauseReader.children(s, t, "appos")); // "the leaders of France, Germany, Italy" parsed with appositions
    for (int c : countries) {
      var m = ed.at(s.index(), c);
      if (m.isEmpty() || m.get().entity().type() != EntityType.COUNTRY) continue;
      for (int x : ClauseReader.coordinated(s, c)) {
        var cm = ed.at(s.index(), x);
        if (cm.isPresent() && cm.get().entity().type() == EntityType.COUNTRY) out.add(leaderOf(ed, cm.get().entity()));
      }
    }
    return out;
  }

  /**
   * The people behind countries that a sentence names as "the leaders of A, B and C", for a reading
   * not made over the tree (the word-order rules): each country whose mention hangs, through
   * coordination, apposition or an of-phrase, from a leader noun becomes its leader. Other entities
   * are kept as they are.
   */
  public List<Entity> leadersForCountries(EntityDocument ed, Sentence s, List<Entity> participants) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : participants) {
      Entity replaced = e;
      if (e.type() == EntityType.COUNTRY) {
        for (Mention m : ed.mentionsIn(s.index())) {
          if (!m.entity().equals(e) || m.kind() != newsgraph.entity.MentionKind.NAME) continue;
          int t = m.end() - 1;
          for (int step = 0, at = t; step < 6 && at >= 0; step++) {
            int head = s.tree().head(at);
            if (head < 0) break;
            String rel = s.tree().label(at);
            if (!(rel.equals("conj") || rel.equals("appos") || rel.equals("pobj") || rel.equals("prep"))) break;
            if (rel.equals("prep") && !s.token(at).lower().equals("of")) break;
            if (sets.contains("leader-nouns", s.token(head)) && !rel.equals("pobj")) {
              replaced = leaderOf(ed, e);
              break;
            }
            at = head;
          }
          if (replaced != e) break;
        }
      }
      if (!out.contains(replaced)) out.add(replaced);
    }
    return out;
  }

  /** The one person of the article who leads the country (a head-of-state or royal title), else the country. */
  private Entity leaderOf(EntityDocument ed, Entity country) {
    Entity leader = null;
    int leaders = 0;
    for (Entity e : ed.entities()) {
      if (e.type() != EntityType.PERSON || !country.key().equals(e.country()) || e.role() == null) continue;
      String kind = gazetteer.titleKind(e.role());
      if ("head".equals(kind) || "royal".equals(kind)) {
        leader = e;
        leaders++;
      }
    }
    return leaders == 1 ? leader : country;
  }

  /** The subjects of the nearest verb above noun n. */
  private static List<Integer> clauseSubjects(Sentence s, int n) {
    for (int at = s.tree().head(n), guard = 0; at >= 0 && guard < 6; at = s.tree().head(at), guard++)
      if (s.token(at).isVerb()) return ClauseReader.subjects(s, at);
    return List.of();
  }

  /**
   * "During his visit to China, X asked Xi…", "X visited Russia, where Putin…": the person of the
   * sentence from the place visited (the object, or the object of "to") who is not the visitor.
   */
  private List<Integer> hosts(EntityDocument ed, Sentence s, int p, List<Entity> visitors) {
    // the host is named in the clause the visit belongs to, not elsewhere in a long sentence
    List<Integer> scope = ClauseReader.scope(s, p);
    int[] clause = s.tree().extent(scope.get(scope.size() - 1));
    List<Integer> places = new ArrayList<>(ClauseReader.objects(s, p));
    places.addAll(ClauseReader.prepositionObjects(s, p, Set.of("to")));
    for (int t : places) {
      var m = ed.at(s.index(), t);
      if (m.isEmpty() || !m.get().entity().type().isLocation()) continue;
      Entity place = m.get().entity();
      String country = place.type() == EntityType.COUNTRY ? place.key() : place.country();
      if (country == null) continue;
      for (Mention other : ed.mentionsIn(s.index())) {
        Entity e = other.entity();
        if (e.type() == EntityType.PERSON && country.equals(e.country()) && !visitors.contains(e) && Clauses.usableActor(other)
            && other.first() >= clause[0] && other.first() <= clause[1])
          return List.of(other.first());
      }
    }
    return List.of();
  }

  /** The actor a token names: a mention over it, or over its name-like dependents ("his counterpart Xi"). */
  private List<Entity> entitiesAt(EntityDocument ed, Sentence s, int t) {
    var m = ed.at(s.index(), t);
    if (m.isPresent()) return usable(ed, m.get());
    if (sets.contains("official-nouns", s.token(t))) {
      // "Ugandan and Tanzanian officials": with no one named, the countries are the participants (GUIDELINES.md)
      List<Entity> countries = new ArrayList<>();
      List<Integer> modifiers = new ArrayList<>();
      for (int c : s.tree().children(t)) modifiers.add(c);
      // "Ugandan and Tanzanian officials" parsed with the first demonym as the head the noun is coordinated with
      if (s.tree().label(t).equals("conj")) modifiers.add(0, s.tree().head(t));
      for (int c : modifiers) {
        for (int x : ClauseReader.coordinated(s, c)) {
          var cm = ed.at(s.index(), x);
          if (cm.isPresent() && cm.get().entity().type() == EntityType.COUNTRY && !countries.contains(cm.get().entity()))
            countries.add(cm.get().entity());
        }
      }
      if (!countries.isEmpty()) return countries;
    }
    for (int c : s.tree().children(t)) {
      String rel = s.tree().label(c);
      if (!rel.equals("appos") && !rel.equals("compound")) continue;
      var inner = ed.at(s.index(), c);
      if (inner.isPresent()) return usable(ed, inner.get());
    }
    return List.of();
  }

  private static List<Entity> usable(EntityDocument ed, Mention m) {
    return Clauses.usableActor(m) ? List.of(ed.actor(m)) : List.of();
  }

  /** "The two", "both leaders", "they": the pair of the article's last meeting, else its last two persons named. */
  private static List<Entity> group(EntityDocument ed, Sentence s, List<Meeting> earlier) {
    if (!earlier.isEmpty()) return earlier.get(earlier.size() - 1).participants();
    return Clauses.lastTwoPersons(ed, s.index(), 3);
  }

  /** Status from the scope the trigger sits in. */
  MeetingStatus status(Sentence s, int trigger, int governor) {
    List<Integer> chain = new ArrayList<>(ClauseReader.scope(s, trigger));
    if (governor >= 0) for (int g : ClauseReader.scope(s, governor)) if (!chain.contains(g)) chain.add(g);
    MeetingStatus best = MeetingStatus.OCCURRED;
    boolean infinitiveOnly = false;
    for (int k = 0; k < chain.size(); k++) {
      int p = chain.get(k);
      Token t = s.token(p);
      if (k > 0 || p != trigger) {
        if (sets.contains("refuse-verbs", t)) best = stronger(best, MeetingStatus.REFUSED);
        if (sets.contains("cancel-verbs", t)) best = stronger(best, MeetingStatus.CANCELLED);
        if (sets.contains("deny-verbs", t)) best = stronger(best, MeetingStatus.DENIED);
        if (sets.contains("wish-verbs", t)) best = stronger(best, MeetingStatus.HYPOTHETICAL);
        if (sets.contains("plan-verbs", t)) best = stronger(best, MeetingStatus.PLANNED);
      }
      boolean finite = false;
      for (int c : s.tree().children(p)) {
        String rel = s.tree().label(c);
        Token d = s.token(c);
        if (rel.equals("neg") || rel.equals("det") && d.lower().equals("no")
            || rel.equals("advmod") && sets.contains("negative-adverbs", d))
          best = stronger(best, MeetingStatus.NEGATED);
        if (rel.equals("mark") && sets.contains("condition-marks", d)) best = stronger(best, MeetingStatus.HYPOTHETICAL);
        if (rel.equals("aux") || rel.equals("auxpass")) {
          if (sets.contains("future-aux", d)) best = stronger(best, MeetingStatus.PLANNED);
          else if (sets.contains("condition-aux", d)) best = stronger(best, MeetingStatus.HYPOTHETICAL);
          if (!d.lower().equals("to")) finite = true;
        }
        if ((rel.equals("advmod") || rel.equals("prt")) && sets.contains("plan-particles", d))
          best = stronger(best, MeetingStatus.PLANNED); // "looking forward to a visit"
        if ((rel.equals("nmod") || rel.equals("amod")) && sets.contains("plan-modifiers", d))
          best = stronger(best, MeetingStatus.PLANNED);
        // "possible talks", and "urging peace talks" when the parser hangs the verb on the noun
        if ((rel.equals("nmod") || rel.equals("amod")) && (sets.contains("wish-modifiers", d) || sets.contains("wish-verbs", d)))
          best = stronger(best, MeetingStatus.HYPOTHETICAL);
        if (rel.equals("aux") && d.lower().equals("to") && s.tree().head(p) < 0) infinitiveOnly = true;
      }
      if (k == chain.size() - 1 && infinitiveOnly && !finite) best = stronger(best, MeetingStatus.PLANNED); // "X to meet Y"
    }
    return best;
  }

  /**
   * Whether the clause recalls a meeting from before the news it reports: a past perfect ("had
   * met") or an adverb of the earlier past ("previously", "once") over the trigger. Such a meeting
   * gets no date from the dateline or the publication day.
   */
  public boolean recalled(Sentence s, int trigger) {
    for (int p : ClauseReader.scope(s, trigger)) {
      for (int c : s.tree().children(p)) {
        String rel = s.tree().label(c);
        Token d = s.token(c);
        if (rel.equals("aux") && d.lower().equals("had") || rel.equals("advmod") && sets.contains("recalled-adverbs", d))
          return true;
      }
    }
    return false;
  }

  private static final List<MeetingStatus> ORDER = List.of(MeetingStatus.REFUSED, MeetingStatus.CANCELLED,
      MeetingStatus.DENIED, MeetingStatus.NEGATED, MeetingStatus.HYPOTHETICAL, MeetingStatus.PLANNED, MeetingStatus.OCCURRED);

  private static MeetingStatus stronger(MeetingStatus a, MeetingStatus b) {
    return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
  }
}
