package newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  public record Rule(String id, String pos, String words, String via, String particle, Polarity polarity,
                     List<String> holders, List<String> targets, List<String> finds, List<String> avoids) {}

  /**
   * What a sentence's stances are read with besides the tree: the speakers of the attributed quote
   * the trigger stands in (none outside quotes), the group "the two leaders", "both" stand for (the
   * pair of the last meeting reported, else the last two persons named), and which words are
   * verbs of speech.
   */
  public record Context(List<Entity> speakers, List<Entity> group, java.util.function.BiPredicate<Sentence, Integer> speech) {
    public static final Context NONE = new Context(List.of(), List.of(), (s, i) -> false);
  }

  private final List<Rule> rules;
  private final WordSets sets;

  public StanceRules(WordSets sets) {
    this.sets = sets;
    List<Rule> loaded = new ArrayList<>();
    for (RuleFile.Block b : RuleFile.read(RESOURCE)) {
      String[] trigger = b.one("trigger").split("\\s+");
      String polarity = b.one("polarity");
      loaded.add(new Rule(b.one("rule"), trigger[0], trigger[1], b.optional("via", null), b.optional("particle", null),
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
    return at(ed, s, i, Context.NONE);
  }

  /**
   * The same with what the tree alone does not give: inside a quote whose speakers are given, a
   * first-person subject ("we will never accept…") is the speaker and elsewhere in a quote only
   * named holders count; a group subject is the context's group.
   */
  public List<Position> at(EntityDocument ed, Sentence s, int i, Context context) {
    Token t = s.token(i);
    for (Rule r : rules) {
      if (!t.pos().equals(r.pos()) && !(r.pos().equals("VERB") && t.pos().equals("AUX")) || !matches(r.words(), t)) continue;
      int particle = -1;
      if (r.particle() != null) {
        // "pulled out of", "ruled out", "called off": the verb with its particle
        for (int c : s.tree().children(i))
          if (particle < 0 && Set.of("prt", "prep", "advmod").contains(s.tree().label(c)) && matches(r.particle(), s.token(c))) particle = c;
        if (particle < 0) continue;
      }
      int governor = -1;
      if (r.via() != null) {
        // "voiced support for": the light verb's subject holds the noun's stance
        governor = s.tree().head(i);
        if (governor < 0 || !s.tree().label(i).equals("dobj") || !matches(r.via(), s.token(governor))) governor = -1;
      }
      List<Entity> holders = new ArrayList<>();
      for (String slot : r.holders()) {
        if (slot.startsWith("via.") && governor < 0) continue;
        if (slot.equals("speaker")) holders.addAll(speakers(ed, s, i, context));
        else if (slot.equals("judge")) {
          int verb = judgingVerb(s, i);
          if (verb >= 0) holders.addAll(holders(ed, s, verb, "subject", context));
        }
        else holders.addAll(holders(ed, s, slot.startsWith("via.") ? governor : i, slot.replace("via.", ""), context));
        if (!holders.isEmpty()) break;
      }
      if (holders.isEmpty()) continue;
      List<Target> targets = List.of();
      for (String slot : r.targets()) {
        targets = targets(ed, s, i, particle, slot);
        // "expressed concern over X" is often parsed with "over" on the light verb
        if (targets.isEmpty() && governor >= 0 && !slot.startsWith("object")) targets = targets(ed, s, governor, -1, slot);
        if (!targets.isEmpty()) break;
      }
      if (targets.isEmpty()) continue;
      Target target = targets.get(0);
      // leaving a place is a move, not a stance ("withdrew from Kherson")
      if (particle >= 0 && target.entity() != null && target.entity().type().isLocation()) continue;
      // hosting a person is a meeting, not a stance ("welcomed the Chilean president")
      if (sets.contains("host-verbs", t) && target.entity() != null && target.entity().type() == EntityType.PERSON) continue;
      int clause = governor >= 0 ? governor : copulaOf(s, i) >= 0 ? copulaOf(s, i) : i;
      if (hypothetical(s, clause)) return List.of(); // "might offer stronger support": no stance yet
      Polarity polarity = scoped(polarityOf(r, t), s, i, clause);
      // "did not need to send troops" says it is not necessary, not that it is opposed
      if (r.targets().contains("infinitive") && polarity != polarityOf(r, t)) continue;
      List<Position> out = new ArrayList<>();
      for (Entity h : holders)
        for (Target tg : targets) {
          if (h.equals(tg.entity())) continue;
          out.add(new Position(h, polarity, tg.label(), tg.entity(), t.word(),
              new Evidence(ed.doc().article().id(), s.span(), s.span(), r.id())));
        }
      if (!out.isEmpty()) return out;
    }
    return List.of();
  }

  /**
   * The subjects of p, else those of the predicate at the top of its scope: a gerund after a
   * preposition takes the subject of the clause it completes ("X stopped short of endorsing",
   * "X refrained from condemning").
   */
  private static List<Integer> subjectsOrController(Sentence s, int p) {
    List<Integer> own = ClauseReader.subjects(s, p);
    if (!own.isEmpty() || !s.tree().label(p).equals("pcomp")) return own;
    List<Integer> chain = ClauseReader.scope(s, p);
    return ClauseReader.subjects(s, chain.get(chain.size() - 1));
  }

  /**
   * The verb that passes a judgment on its object ("called the decision a mistake", "regards the
   * tariffs as unacceptable"), or -1.
   */
  private int judgingVerb(Sentence s, int i) {
    int head = s.tree().head(i);
    if (head < 0) return -1;
    String rel = s.tree().label(i);
    int verb = -1;
    if (rel.equals("oprd") || rel.equals("xcomp") || rel.equals("ccomp")) verb = head;
    else if (rel.equals("dobj") || rel.equals("pobj") && s.token(head).isVerb()) {
      // "called the tariffs a mistake" parsed as two objects: the judgment is the second
      for (int c : s.tree().children(head))
        if (c < i && Set.of("dative", "dobj").contains(s.tree().label(c))) verb = head;
    }
    else if (rel.equals("pcomp") || rel.equals("pobj")) {
      if (!s.token(head).is("as")) return -1;
      int above = s.tree().head(head);
      // "regards the tariffs as unacceptable" is often parsed with "as" on the object
      if (above >= 0 && s.tree().label(above).equals("dobj")) above = s.tree().head(above);
      verb = above;
    }
    return verb >= 0 && sets.contains("judging-verbs", s.token(verb)) ? verb : -1;
  }

  /** The copula a predicate adjective or noun complements ("was counterproductive"), or -1. */
  private static int copulaOf(Sentence s, int i) {
    String rel = s.tree().label(i);
    return rel.equals("acomp") || rel.equals("attr") ? s.tree().head(i) : -1;
  }

  /**
   * Who judges with a predicate adjective or noun: the speakers of the quote it stands in, else the
   * subject of the verb of speech whose reported clause it heads ("Salas said the plan was
   * unacceptable", "…, saying the deal is cynical").
   */
  private List<Entity> speakers(EntityDocument ed, Sentence s, int i, Context context) {
    if (!context.speakers().isEmpty()) return context.speakers();
    int reporter = reporter(s, copulaOf(s, i) >= 0 ? copulaOf(s, i) : i, context);
    return reporter < 0 ? List.of() : holders(ed, s, reporter, "subject", Context.NONE);
  }

  /** The verb of speech whose reported clause predicate p heads ("said [the plan was…]"), or -1. */
  private static int reporter(Sentence s, int p, Context context) {
    int clause = p;
    for (int hop = 0; hop < 2 && clause >= 0; hop++) {
      String rel = s.tree().label(clause);
      int head = s.tree().head(clause);
      if (head < 0 || !(rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("conj"))) return -1;
      if (context.speech().test(s, head)) return head;
      clause = head;
    }
    return -1;
  }

  private record Target(String label, Entity entity) {}

  private List<Entity> holders(EntityDocument ed, Sentence s, int p, String slot, Context context) {
    List<Entity> speakers = context.speakers();
    List<Integer> tokens = switch (slot) {
      case "subject" -> subjectsOrController(s, p);
      // "X is against Y", "X is in favour of Y", "X remains opposed to…": the copula's subject
      case "copula-subject" -> {
        int h = p;
        for (int hop = 0; hop < 2 && h >= 0 && !sets.contains("copula-verbs", s.token(h)); hop++) h = s.tree().head(h);
        yield h >= 0 && sets.contains("copula-verbs", s.token(h)) ? ClauseReader.subjects(s, h) : List.<Integer>of();
      }
      // "…say they are strong supporters of", "Salas, a fierce critic of": who the agent noun describes
      case "bearer" -> copulaOf(s, p) >= 0 ? ClauseReader.subjects(s, copulaOf(s, p))
          : s.tree().label(p).equals("appos") ? List.of(s.tree().head(p)) : List.<Integer>of();
      case "possessor" -> {
        int o = ClauseReader.possessor(s, p);
        yield o < 0 ? List.<Integer>of() : ClauseReader.coordinated(s, o);
      }
      default -> throw new IllegalArgumentException(RESOURCE + ": unknown holder slot '" + slot + "'");
    };
    List<Entity> out = holdersOf(ed, s, p, tokens, context);
    int first = s.tree().head(p);
    if (out.isEmpty() && slot.equals("subject") && s.tree().label(p).equals("conj") && first >= 0
        && ed.doc().insideQuotes(s.token(first).span().begin()) && !ed.doc().insideQuotes(s.token(p).span().begin())) {
      // "X told Y that "war solves nothing" and urged peace": a verb outside the quote that the parser
      // coordinated with one inside it is the reporter's ("X … urged")
      int up = s.tree().head(p);
      for (int hop = 0; hop < 3 && up >= 0; hop++) {
        int head = s.tree().head(up);
        if (head >= 0 && s.tree().label(up).equals("ccomp") && context.speech().test(s, head)) {
          out = holdersOf(ed, s, head, ClauseReader.subjects(s, head), context);
          break;
        }
        up = head;
      }
    }
    return out;
  }

  /** The actors the subject tokens of predicate p name. */
  private List<Entity> holdersOf(EntityDocument ed, Sentence s, int p, List<Integer> tokens, Context context) {
    List<Entity> speakers = context.speakers();
    List<Entity> out = new ArrayList<>();
    for (int t : tokens) {
      if (!speakers.isEmpty() && sets.contains("first-person", s.token(t))) {
        for (Entity e : speakers) if (!out.contains(e)) out.add(e);
        continue;
      }
      var m = ed.at(s.index(), t);
      if (m.isEmpty() && s.token(t).lower().equals("they")) {
        // "X, Y and Z say they are strong supporters of…": the speakers of the reported clause
        int reporter = reporter(s, p, context);
        List<Entity> sayers = reporter < 0 ? List.of() : holders(ed, s, reporter, "subject", Context.NONE);
        if (sayers.size() > 1) {
          for (Entity e : sayers) if (!out.contains(e)) out.add(e);
          continue;
        }
      }
      if (m.isEmpty() && sets.contains("group-words", s.token(t)) && !context.group().isEmpty()) {
        // "the two leaders condemned…", "both welcomed…": the pair the article is about
        for (Entity e : context.group()) if (!out.contains(e)) out.add(e);
        continue;
      }
      Optional<Entity> body = Clauses.bodyOfOfficial(ed, s, t);
      if (body.isPresent()) {
        // "Chinese officials condemned…", "the ministry's spokesman welcomed…": the body holds it,
        // as it speaks for them in a quote
        if (!out.contains(body.get())) out.add(body.get());
        continue;
      }
      if (m.isEmpty()) {
        // "the union's finance ministers endorsed…": officials of a body hold its stance
        boolean officials = sets.contains("official-nouns", s.token(t)) || sets.contains("leader-nouns", s.token(t));
        for (int c : s.tree().children(t))
          if (s.tree().label(c).equals("compound") || s.tree().label(c).equals("appos")
              || officials && s.tree().label(c).equals("poss")) {
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

  /**
   * The target of the slot, and after it each coordinated argument that is an actor of its own
   * ("railed against the power of the dollar and the IMF": the power of the dollar; the IMF).
   */
  private List<Target> targets(EntityDocument ed, Sentence s, int p, int particle, String slot) {
    if (slot.equals("copula-subject")) {
      Target t = copulaSubject(ed, s, p);
      return t == null ? List.of() : List.of(t);
    }
    if (slot.equals("demanded")) {
      Target t = demanded(ed, s, p);
      return t == null ? List.of() : List.of(t);
    }
    if (slot.equals("judged")) {
      int verb = judgingVerb(s, p);
      int o = -1;
      if (verb >= 0)
        for (int c : s.tree().children(verb))
          if (o < 0 && c != p && c < p && Set.of("dative", "dobj").contains(s.tree().label(c))) o = c;
      if (o < 0) return List.of();
      Target t = label(ed, s, o, phraseStart(s, o), Math.min(phraseEnd(s, o), p - 1));
      return t == null ? List.of() : List.of(t);
    }
    if (slot.equals("infinitive")) {
      // "we need to chart a new course for the relationship": what is to be done
      int x = ClauseReader.child(s, p, Set.of("xcomp"));
      if (x < 0 || !ClauseReader.infinitive(s, x)) return List.of();
      Target t = label(ed, s, x, x, subtreeEnd(s, x));
      return t == null ? List.of() : List.of(t);
    }
    List<Integer> heads = switch (slot) {
      case "object", "object+clause" -> ClauseReader.objects(s, p);
      // the object of the trigger preposition itself ("against any extension")
      case "pobj" -> {
        int o = ClauseReader.child(s, p, Set.of("pobj", "pcomp"));
        yield o < 0 ? List.<Integer>of() : ClauseReader.coordinated(s, o);
      }
      default -> ClauseReader.prepositionObjects(s, p, Set.of(slot));
    };
    // "pulled out of the talks": the preposition hangs on the particle
    if (heads.isEmpty() && particle >= 0 && !slot.startsWith("object")) heads = ClauseReader.prepositionObjects(s, particle, Set.of(slot));
    Target first = target(ed, s, p, slot, heads);
    if (first == null) return List.of();
    List<Target> out = new ArrayList<>(List.of(first));
    List<Integer> others = heads.size() > 1 ? new ArrayList<>(heads.subList(1, heads.size())) : new ArrayList<>();
    if (!heads.isEmpty()) {
      // "the power of the dollar and the IMF": an actor coordinated deeper inside the phrase
      int[] extent = s.tree().extent(heads.get(0));
      for (int k = extent[0]; k <= extent[1]; k++)
        if (k != heads.get(0) && s.tree().label(k).equals("conj") && !others.contains(k)) others.add(k);
    }
    for (int k : others) {
      if (slot.equals("object+clause")) break;
      var m = ed.at(s.index(), k);
      if (m.isPresent() && Clauses.usableActor(m.get()) && m.get().kind() == newsgraph.entity.MentionKind.NAME
          && out.stream().noneMatch(x -> ed.actor(m.get()).equals(x.entity())))
        out.add(new Target(m.get().surface(), ed.actor(m.get())));
    }
    return out;
  }

  /**
   * The subject a judgment is passed on ("the decision to close the border was counterproductive"),
   * the whole subject phrase; with "it" the clause it stands for ("it was important to keep…").
   */
  private Target copulaSubject(EntityDocument ed, Sentence s, int p) {
    int copula = copulaOf(s, p);
    if (copula < 0) return howJudged(ed, s, p);
    int subject = ClauseReader.child(s, copula, Set.of("nsubj", "nsubjpass", "csubj"));
    if (subject < 0 && s.tree().label(copula).equals("ccomp")) {
      // "saying the deal is cynical" is often parsed with "the deal" as the object of "saying"
      int object = ClauseReader.child(s, s.tree().head(copula), Set.of("dobj"));
      if (object >= 0 && object < copula) subject = object;
    }
    if (subject < 0) return null;
    int head = s.tree().head(copula);
    if (s.tree().label(copula).equals("ccomp") && head >= 0 && head < subject && ClauseReader.infinitive(s, head)) {
      // "the plan to close the route was unacceptable" is often parsed as "the plan" subject of
      // "to close" and "the route" subject of "was": the judged subject is the whole phrase
      int planned = ClauseReader.child(s, head, Set.of("nsubj"));
      if (planned >= 0 && planned < head) return label(ed, s, planned, phraseStart(s, planned), copula - 1);
    }
    int from, to;
    if (s.token(subject).lower().equals("it")) {
      int clause = ClauseReader.child(s, p, Set.of("xcomp", "ccomp"));
      if (clause < 0) clause = ClauseReader.child(s, copula, Set.of("xcomp", "ccomp"));
      // "it would be counterproductive for him to pull out": the infinitive, parsed as adverbial
      for (int c : s.tree().children(copula))
        if (clause < 0 && s.tree().label(c).equals("advcl") && ClauseReader.infinitive(s, c)) clause = c;
      if (clause < 0) return null;
      // "it is important to note that…", "to remember": a remark about the telling, not a stance
      if (sets.contains("discourse-verbs", s.token(clause))) return null;
      from = phraseStart(s, clause);
      to = subtreeEnd(s, clause);
    } else {
      if (sets.contains("first-person", s.token(subject)) || s.token(subject).pos().equals("PRON")) return null;
      from = phraseStart(s, subject);
      // "how important the rule of law is": the subject may follow its judgment
      to = subject > copula ? subtreeEnd(s, subject) : Math.min(subtreeEnd(s, subject), copula - 1);
    }
    return label(ed, s, subject, from, to);
  }

  /**
   * "we will stress how important the rule of law is": the parser often hangs the fronted
   * judgment on the noun as a modifier, with "is" apart; the noun's phrase after it is judged.
   */
  private Target howJudged(EntityDocument ed, Sentence s, int p) {
    int noun = s.tree().head(p);
    String rel = s.tree().label(p);
    if (noun <= p || !(rel.equals("nmod") || rel.equals("amod"))) return null;
    boolean how = false;
    for (int c : s.tree().children(p)) how |= s.tree().label(c).equals("advmod") && s.token(c).lower().equals("how");
    int end = subtreeEnd(s, noun);
    if (!how || end + 1 >= s.size() || !sets.contains("copula-verbs", s.token(end + 1))) return null;
    return label(ed, s, noun, p + 1, end);
  }

  /**
   * What a speaker demands end: "the United States must stop encouraging war" is the subject and
   * the clause stopped ("The United States … encouraging war"); only under a modal of obligation
   * ("must", "should"), for "Russia stopped shelling" reports an event, not a demand.
   */
  private Target demanded(EntityDocument ed, Sentence s, int p) {
    // "must stop X and start Y": the second verb shares the first one's modal and subject
    int modalHost = s.tree().label(p).equals("conj") && s.tree().head(p) >= 0 ? s.tree().head(p) : p;
    boolean obliged = false;
    for (int host : new int[] {p, modalHost})
      for (int c : s.tree().children(host))
        if (s.tree().label(c).equals("aux") && sets.contains("obligation-modals", s.token(c))) obliged = true;
    List<Integer> subjects = ClauseReader.subjects(s, p);
    int subject = subjects.isEmpty() ? -1 : subjects.get(0);
    int clause = ClauseReader.child(s, p, Set.of("xcomp", "dobj", "ccomp"));
    if (!obliged || subject < 0 || clause < 0 || clause < p) return null;
    if (sets.contains("first-person", s.token(subject)) || s.token(subject).pos().equals("PRON")) return null;
    return label(ed, s, subject, phraseStart(s, subject), phraseEnd(s, clause));
  }

  /** The last token under t, any relation: a subject phrase is whole up to its verb. */
  private static int subtreeEnd(Sentence s, int t) {
    int to = t;
    for (int c : s.tree().children(t)) if (c > t) to = Math.max(to, subtreeEnd(s, c));
    while (to > t && s.token(to).isPunct()) to--;
    return to;
  }

  private Target target(EntityDocument ed, Sentence s, int p, String slot, List<Integer> heads) {
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
    return label(ed, s, head, from, to);
  }

  /** The words from..to as written, at most 15, and the actor the head names if the phrase is just its name. */
  private Target label(EntityDocument ed, Sentence s, int head, int from, int to) {
    StringBuilder label = new StringBuilder();
    int words = 0;
    String text = ed.doc().normalized();
    for (int k = from; k <= to && words < MAX_TARGET_WORDS; k++) {
      Token t = s.token(k);
      if (k > from && t.span().begin() > s.token(k - 1).span().end()) label.append(' ');
      label.append(t.span().of(text));
      if (!t.isPunct()) words++;
    }
    String out = label.toString().strip().replaceAll("^[\"\u201c\u201d]+|[\"\u201c\u201d,]+$", "").strip();
    if (PositionExtractor.namesNothing(out)) return null;
    // "ruled out the possibility", "rejected the idea": a bare abstract noun points back to what
    // the article said before and tells a reader of the graph nothing
    if (to - from <= 1 && from < to && sets.contains("anaphoric-nouns", s.token(to)) && s.token(from).pos().equals("DET")) return null;
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
          || s.tree().label(c).equals("prep") && sets.contains("circumstance-prepositions", s.token(c))
          || s.tree().label(c).equals("prep") && timeObject(s, c)) break;
      to = Math.max(to, phraseEnd(s, c, depth + 1));
    }
    return to;
  }

  private boolean judgment(Token t) {
    return sets.contains("oppose-adjectives", t) || sets.contains("support-adjectives", t)
        || sets.contains("oppose-judgment-nouns", t);
  }

  /** "on Tuesday", "in March", "for the third time": a preposition whose object is a time. */
  private boolean timeObject(Sentence s, int prep) {
    for (int o : s.tree().children(prep))
      if (s.tree().label(o).equals("pobj") && sets.contains("time-nouns", s.token(o))) return true;
    return false;
  }

  /** Whether the trigger lies under "might", "could", "if" or a wish: a possible stance, not one taken. */
  private boolean hypothetical(Sentence s, int trigger) {
    for (int p : ClauseReader.scope(s, trigger)) {
      // "it would be a mistake to pull out": judged, not taken (the judgment is the speaker's stance)
      if (p != trigger)
        for (int c : s.tree().children(p))
          if (Set.of("acomp", "attr").contains(s.tree().label(c)) && judgment(s.token(c))) return true;
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
  private Polarity scoped(Polarity written, Sentence s, int word, int trigger) {
    boolean negated = false;
    // "has no objection to": the stance noun itself denied
    for (int c : s.tree().children(word))
      if (s.tree().label(c).equals("det") && s.token(c).lower().equals("no")) negated = !negated;
    List<Integer> chain = ClauseReader.scope(s, trigger);
    for (int k = 0; k < chain.size(); k++) {
      int p = chain.get(k);
      // "stopped short of endorsing", "refrained from condemning": no stance either way
      if (k > 0 && sets.contains("hedge-words", s.token(p))) return Polarity.NEUTRAL;
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
