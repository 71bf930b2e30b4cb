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

/**
 * The stance rules of {@code newsgraph/rules/stances.rules}, matched over the dependency tree: a
 * trigger lemma, its holder (the subject, coordinated ones each holding it; a possessor) and its
 * target (the object or a prepositional argument, as a phrase of at most 15 words cut at clause
 * boundaries), the polarity as written and turned by negation or refusal in the trigger's scope.
 * Immutable and thread-safe.
 */
public final class StanceRules {
  public static final String RESOURCE = "newsgraph/rules/stances.rules";
  private static final int MAX_TARGET_WORDS = PositionExtractor.MAX_TARGET_WORDS;
  /** Dependents that start another clause or an aside: the target phrase ends before them. */
  private static final Set<String> CLAUSE_BOUNDARY = Set.of("relcl", "acl", "advcl", "appos", "punct", "cc", "conj",
      "parataxis", "ccomp");

  /** One rule of the file. */
  public record Rule(String id, String pos, String words, String via, Polarity polarity, List<String> holders,
                     List<String> targets, List<String> finds, List<String> avoids) {}

  private final List<Rule> rules;
  private final WordSets sets;

  public StanceRules(WordSets sets) {
    this.sets = sets;
    List<Rule> loaded = new ArrayList<>();
    for (RuleFile.Block b : RuleFile.read(RESOURCE)) {
      String[] trigger = b.one("trigger").split("\\s+");
      String polarity = b.one("polarity");
      loaded.add(new Rule(b.one("rule"), trigger[0], trigger[1], b.optional("via", null),
          polarity.equals("from-set") ? null : Polarity.valueOf(polarity.toUpperCase(java.util.Locale.ROOT)),
          List.of(b.one("holder").split("\\s+")), List.of(b.one("target").split("\\s+")), b.all("find"), b.all("avoid")));
      for (String w : trigger[1].split("\\|")) if (w.startsWith("@")) sets.set(w.substring(1));
    }
    rules = List.copyOf(loaded);
  }

  public List<Rule> rules() {
    return rules;
  }

  private boolean matches(String field, Token t) {
    for (String w : field.split("\\|")) {
      if (w.startsWith("@") ? sets.contains(w.substring(1), t) : w.equals(t.lemma()) || w.equals(t.lower())) return true;
    }
    return false;
  }

  /** The polarity a from-set rule's trigger has: the set it is found in. */
  private Polarity polarityOf(Rule r, Token t) {
    if (r.polarity() != null) return r.polarity();
    for (String w : r.words().split("\\|"))
      if (w.startsWith("@") && sets.contains(w.substring(1), t)) return w.contains("oppose") ? Polarity.OPPOSE : Polarity.SUPPORT;
    return Polarity.SUPPORT;
  }

  /** The stances the first rule that holds at token i gives (one per holder), or none. */
  public List<Position> at(EntityDocument ed, Sentence s, int i) {
    return at(ed, s, i, List.of());
  }

  /**
   * The same inside a quote whose speakers are given: a first-person subject ("we will never
   * accept…") is the speaker; elsewhere in a quote only named holders count.
   */
  public List<Position> at(EntityDocument ed, Sentence s, int i, List<Entity> speakers) {
    Token t = s.token(i);
    for (Rule r : rules) {
      if (!t.pos().equals(r.pos()) && !(r.pos().equals("VERB") && t.pos().equals("AUX")) || !matches(r.words(), t)) continue;
      int governor = -1;
      if (r.via() != null) {
        // "voiced support for": the light verb's subject holds the noun's stance
        governor = s.tree().head(i);
        if (governor < 0 || !s.tree().label(i).equals("dobj") || !matches(r.via(), s.token(governor))) governor = -1;
      }
      List<Entity> holders = new ArrayList<>();
      for (String slot : r.holders()) {
        if (slot.startsWith("via.") && governor < 0) continue;
        holders.addAll(holders(ed, s, slot.startsWith("via.") ? governor : i, slot.replace("via.", ""), speakers));
        if (!holders.isEmpty()) break;
      }
      if (holders.isEmpty()) continue;
      Target target = null;
      for (String slot : r.targets()) {
        target = target(ed, s, i, slot);
        if (target != null) break;
      }
      if (target == null) continue;
      // hosting a person is a meeting, not a stance ("welcomed the Chilean president")
      if (sets.contains("host-verbs", t) && target.entity() != null && target.entity().type() == EntityType.PERSON) continue;
      if (hypothetical(s, governor >= 0 ? governor : i)) return List.of(); // "might offer stronger support": no stance yet
      Polarity polarity = scoped(polarityOf(r, t), s, governor >= 0 ? governor : i);
      List<Position> out = new ArrayList<>();
      for (Entity h : holders) {
        if (h.equals(target.entity())) continue;
        out.add(new Position(h, polarity, target.label(), target.entity(), t.word(),
            new Evidence(ed.doc().article().id(), s.span(), s.span(), r.id())));
      }
      if (!out.isEmpty()) return out;
    }
    return List.of();
  }

  private record Target(String label, Entity entity) {}

  private List<Entity> holders(EntityDocument ed, Sentence s, int p, String slot, List<Entity> speakers) {
    List<Integer> tokens = switch (slot) {
      case "subject" -> ClauseReader.subjects(s, p);
      case "possessor" -> {
        int o = ClauseReader.possessor(s, p);
        yield o < 0 ? List.<Integer>of() : ClauseReader.coordinated(s, o);
      }
      default -> throw new IllegalArgumentException(RESOURCE + ": unknown holder slot '" + slot + "'");
    };
    List<Entity> out = new ArrayList<>();
    for (int t : tokens) {
      if (!speakers.isEmpty() && sets.contains("first-person", s.token(t))) {
        for (Entity e : speakers) if (!out.contains(e)) out.add(e);
        continue;
      }
      var m = ed.at(s.index(), t);
      if (m.isEmpty()) {
        for (int c : s.tree().children(t))
          if (s.tree().label(c).equals("compound") || s.tree().label(c).equals("appos")) {
            m = ed.at(s.index(), c);
            if (m.isPresent()) break;
          }
      }
      if (m.isPresent() && Clauses.usableActor(m.get())) {
        Entity e = ed.actor(m.get());
        if (!out.contains(e)) out.add(e);
      }
    }
    return out;
  }

  private Target target(EntityDocument ed, Sentence s, int p, String slot) {
    List<Integer> heads = switch (slot) {
      case "object", "object+clause" -> ClauseReader.objects(s, p);
      default -> ClauseReader.prepositionObjects(s, p, Set.of(slot));
    };
    if (heads.isEmpty() && slot.equals("object+clause")) heads = ClauseReader.prepositionObjects(s, p, Set.of("on"));
    if (heads.isEmpty() && slot.equals("object")) {
      // "opposes providing weapons to Russia": a gerund or infinitive clause is the object
      int clause = ClauseReader.child(s, p, Set.of("xcomp", "ccomp", "csubj"));
      if (clause >= 0 && s.token(clause).lower().endsWith("ing")) heads = List.of(clause);
    }
    if (heads.isEmpty()) return null;
    int head = heads.get(0);
    if (sets.contains("time-nouns", s.token(head))) return null; // "called for the third time"
    int from = phraseStart(s, head), to = phraseEnd(s, head);
    if (slot.equals("object+clause")) {
      // "called on NATO to drop its approach": the clause the object is to carry out belongs to the
      // target, and without one "called X" is no stance ("called the vote a disgrace")
      int clause = ClauseReader.child(s, p, Set.of("xcomp", "ccomp", "advcl"));
      if (clause < 0) clause = ClauseReader.child(s, head, Set.of("xcomp", "acl", "relcl"));
      for (int c : s.tree().children(p))
        if (clause < 0 && s.tree().label(c).equals("prep") && s.token(c).lower().equals("to")) clause = c;
      if (clause < 0 || clause < head) return null;
      to = Math.max(to, phraseEnd(s, clause));
    }
    StringBuilder label = new StringBuilder();
    int words = 0;
    String text = ed.doc().normalized();
    for (int k = from; k <= to && words < MAX_TARGET_WORDS; k++) {
      Token t = s.token(k);
      if (k > from && t.span().begin() > s.token(k - 1).span().end()) label.append(' ');
      label.append(t.span().of(text));
      if (!t.isPunct()) words++;
    }
    String out = label.toString().strip();
    if (out.isEmpty() || out.matches("(?i)it|this|that|them|him|her|us|me|you|these|those")) return null;
    var m = ed.at(s.index(), head);
    Entity entity = m.isPresent() && m.get().first() >= from && m.get().end() - 1 <= to ? ed.actor(m.get()) : null;
    return new Target(out, entity);
  }

  /** The first token of the phrase headed by t. */
  private int phraseStart(Sentence s, int t) {
    return phraseStart(s, t, 0);
  }

  private int phraseStart(Sentence s, int t, int depth) {
    int from = t;
    if (depth > 20) return from; // a phrase this deep is a mis-parse: its head is enough
    for (int c : s.tree().children(t))
      if (c < t && !CLAUSE_BOUNDARY.contains(s.tree().label(c))) from = Math.min(from, phraseStart(s, c, depth + 1));
    return from;
  }

  /**
   * The last token of the phrase headed by t, before any dependent that opens another clause or
   * aside, or a circumstance ("… during a meeting with", "… amid tensions").
   */
  private int phraseEnd(Sentence s, int t) {
    return phraseEnd(s, t, 0);
  }

  private int phraseEnd(Sentence s, int t, int depth) {
    int to = t;
    if (depth > 20) return to;
    for (int c : s.tree().children(t)) {
      if (c < t) continue;
      if (CLAUSE_BOUNDARY.contains(s.tree().label(c))
          || s.tree().label(c).equals("prep") && sets.contains("circumstance-prepositions", s.token(c))) break;
      to = Math.max(to, phraseEnd(s, c, depth + 1));
    }
    return to;
  }

  /** Whether the trigger lies under "might", "could", "if" or a wish: a possible stance, not one taken. */
  private boolean hypothetical(Sentence s, int trigger) {
    for (int p : ClauseReader.scope(s, trigger)) {
      if (p != trigger && sets.contains("wish-verbs", s.token(p)) && !sets.contains("request-verbs", s.token(p))) return true;
      for (int c : s.tree().children(p)) {
        String rel = s.tree().label(c);
        if (rel.equals("aux") && sets.contains("condition-aux", s.token(c)) && !s.token(c).lower().equals("would")) return true;
        if (rel.equals("mark") && sets.contains("condition-marks", s.token(c))) return true;
      }
    }
    return false;
  }

  /** The polarity as written, turned by negation or refusal over the trigger. */
  private Polarity scoped(Polarity written, Sentence s, int trigger) {
    boolean negated = false;
    List<Integer> chain = ClauseReader.scope(s, trigger);
    for (int k = 0; k < chain.size(); k++) {
      int p = chain.get(k);
      if (k > 0 && (sets.contains("refuse-verbs", s.token(p)) || sets.contains("deny-verbs", s.token(p)))) negated = !negated;
      for (int c : s.tree().children(p)) {
        String rel = s.tree().label(c);
        if (rel.equals("neg") || rel.equals("advmod") && s.token(c).lower().equals("never")) negated = !negated;
      }
    }
    if (!negated) return written;
    return written == Polarity.OPPOSE ? Polarity.NEUTRAL : written == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.NEUTRAL;
  }
}
