package newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.entity.Entity;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.EntityType;
import newsgraph.entity.Mention;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.QuoteMarks;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Span;
import newsgraph.nlp.TextNormalizer;
import newsgraph.nlp.Token;
import newsgraph.nlp.WordSets;

/**
 * Stances: a stance verb with its subject as holder and its object as target ("China opposes
 * sanctions", "Wang said Beijing firmly opposed…"), a stance noun with its possessor ("Moscow's
 * rejection of…"), a stance adjective after a copula ("China has remained neutral"). Negation turns
 * opposition into neutrality ("refused to condemn") and support into opposition. Targets are the
 * object phrase trimmed to at most 15 words. Stateless and thread-safe.
 */
public final class PositionExtractor implements Extractor<Position> {
  static final int MAX_TARGET_WORDS = 15;
  private static final Set<String> TARGET_STOP = Set.of("which", "who", "while", "as", "because", "but", "although",
      "amid", "after", "before", "when", "saying", "adding", "since", "though", "whereas", "despite", "even", "so",
      "according", "where", "if", "unless", "until");
  private static final Set<String> SKIP_AFTER_VERB = Set.of("for", "to", "of", "on", "against", "with", "by");
  private static final Pattern CONFLICT = Pattern.compile(
      "\\b(?:the |its |[A-Z][\\w-]*'s )?(?:war|conflict|invasion|crisis)(?: (?:in|on|of|over) (?:the )?[A-Z][\\w'-]+)?");

  private static final Set<String> LIGHT_VERBS = Set.of("showed", "shows", "expressed", "expresses", "voiced", "voices",
      "gave", "gives", "offered", "offers", "reiterated", "reiterates", "reaffirmed", "reaffirms", "signaled",
      "signalled", "declared", "pledged", "pledges", "renewed", "renews", "stated");
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "remained", "remains", "remain",
      "stayed", "stays", "stay", "been", "be", "am", "'m", "'re", "'s", "appears", "appeared", "seems", "seemed");
  private static final Set<String> AGENT_NOUNS = Set.of("supporter", "supporters", "critic", "critics", "opponent",
      "opponents", "proponent", "proponents", "advocate", "advocates", "champion", "backer", "backers");
  // part-of-speech sets the rules test at every token
  private static final Set<String> DETERMINER_OR_ADJECTIVE = Set.of("DET", "ADJ");
  private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "ADV");
  private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN");
  /** Tags that show an opening clause is more than a participle phrase. */
  private static final Set<String> CLAUSE_TAGS = Set.of("NOUN", "PROPN", "VERB", "AUX", "DET", "PUNCT");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\"\u201c\u201d]");
  private static final Pattern EDGE_SINGLE_QUOTES = Pattern.compile("^['\u2018\u2019]+|['\u2018\u2019]+$");
  /** Targets that name nothing: a pronoun, or "do that". */
  private static final Pattern PRONOUN_TARGET = Pattern.compile("(?i)him|her|them|it|this|that|us|me|you|these|those");
  private static final Pattern DOING_IT = Pattern.compile("(?i)(do|doing|did|does) (just |exactly |so )?(that|this|it|so)");
  private static final Pattern BARE_DOCUMENT = Pattern.compile(
      "(?i)(an?|the|their|its) (\\w+ )?(statement|document|declaration|communiqu[eé]|text|memorandum|letter)s?");
  private static final Set<String> PROXY_NOUNS = Set.of("administration", "government", "team", "office", "ministry",
      "spokesman", "spokeswoman", "spokesperson", "campaign", "cabinet");

  private final Lexicon lexicon;
  private final QuoteExtractor quotes;
  private final StanceRules rules = new StanceRules(WordSets.get());

  public PositionExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.quotes = new QuoteExtractor(lexicon);
  }

  public StanceRules rules() {
    return rules;
  }

  @Override
  public String name() {
    return "positions";
  }

  @Override
  public List<Position> extract(EntityDocument ed) {
    return extract(ed, quotes.extract(ed), List.of());
  }

  /**
   * The stances of an article whose quotes are already extracted: a stance inside an attributed
   * quote belongs to its speaker, so the pipeline hands over the quotes it found rather than
   * having them found twice.
   */
  public List<Position> extract(EntityDocument ed, List<Quote> articleQuotes, List<Meeting> meetings) {
    AnnotatedDocument doc = ed.doc();
    List<QuoteMarks.Quoted> quoted = ed.quoted();
    List<Quote> direct = articleQuotes.stream()
        .filter(q -> q.kind() == QuoteKind.DIRECT && !q.speakers().isEmpty()).toList();
    Map<String, Position> out = new LinkedHashMap<>();
    java.util.function.BiPredicate<Sentence, Integer> speech = (x, k) -> lexicon.speechVerb(x, k).isPresent();
    for (Sentence s : doc.sentences()) {
      if (s.token(s.size() - 1).is("?")) continue; // a question takes no position
      List<Entity> group = group(ed, s, meetings);
      StanceRules.Context outside = new StanceRules.Context(List.of(), group, speech);
      // the rules read over the dependency tree come first, over the whole sentence; the older
      // word-order rules fill in at the words where no tree rule fired
      boolean[] read = new boolean[s.size()];
      for (int i = 0; i < s.size(); i++) {
        if (QuoteMarks.inside(s.token(i), quoted)) continue;
        List<Position> tree = rules.at(ed, s, i, outside);
        read[i] = !tree.isEmpty();
        for (Position x : tree) out.putIfAbsent(key(x), x);
      }
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (QuoteMarks.inside(t, quoted)) {
          // inside a quote only the speaker's own stance counts: "I am committed to…", "We oppose…"
          Optional<Position> first = firstPersonStance(ed, s, i, direct);
          if (first.isEmpty()) {
            // the tree rules with "I" or "we" as subject: the quote's speaker holds the stance
            // (a named or group subject holds its stance whoever is quoted: "The two leaders welcomed…")
            List<Entity> speakers = speakersOf(t, direct);
            for (Position x : rules.at(ed, s, i, new StanceRules.Context(speakers, group, speech))) out.putIfAbsent(key(x), x);
          }
          first.ifPresent(x -> out.putIfAbsent(key(x), x));
          continue;
        }
        if (read[i]) continue;
        Optional<Lexicon.StanceWord> verb = lexicon.stance(s, i, "verb");
        Optional<Lexicon.StanceWord> noun = lexicon.stance(s, i, "noun");
        Optional<Lexicon.StanceWord> adj = lexicon.stance(s, i, "adj");
        Optional<Position> p = Optional.empty();
        if (verb.isPresent() && (t.isVerb() || actsAsVerb(s, i))) p = verbal(ed, s, i, verb.get());
        if (p.isEmpty() && t.is("warned", "warns", "warning", "cautioned", "cautions")) p = warnedAgainst(ed, s, i);
        if (p.isEmpty() && t.is("called", "calls", "call", "branded", "brands", "labelled", "labeled", "described", "describes"))
          p = calledIt(ed, s, i);
        if (p.isEmpty() && noun.isPresent() && ("NOUN".equals(t.pos())
            || i > 0 && (DETERMINER_OR_ADJECTIVE.contains(s.token(i - 1).pos()) || LIGHT_VERBS.contains(s.token(i - 1).lower()))))
          p = nominal(ed, s, i, noun.get());
        if (p.isEmpty() && adj.isPresent() && ("ADJ".equals(t.pos()) || "VERB".equals(t.pos()))) p = adjectival(ed, s, i, adj.get());
        p.ifPresent(x -> out.putIfAbsent(key(x), x));
        if (p.isPresent()) coHolders(ed, s, i, p.get()).forEach(x -> out.putIfAbsent(key(x), x));
        if (p.isEmpty() && verb.isPresent() && (t.isVerb() || actsAsVerb(s, i)))
          pairStances(ed, s, i, verb.get()).forEach(x -> out.putIfAbsent(key(x), x));
      }
    }
    return distinct(List.copyOf(out.values()));
  }

  /**
   * Whom "the two leaders", "both" and a bare "they" stand for in sentence s: the participants of
   * the last meeting reported at or before it, else the last two persons named in it and the three
   * sentences before.
   */
  private static List<Entity> group(EntityDocument ed, Sentence s, List<Meeting> meetings) {
    Meeting last = null;
    for (Meeting m : meetings)
      if (m.evidence().span().begin() <= s.span().end() && m.participants().size() == 2
          && (last == null || m.evidence().span().begin() >= last.evidence().span().begin())) last = m;
    return last != null ? last.participants() : Clauses.lastTwoPersons(ed, s.index(), 3);
  }

  private static final Set<String> TARGET_FUNCTION_WORDS = Set.of("the", "and", "for", "its", "their", "his", "her",
      "with", "from", "that", "this");

  /** Content words of a target: what two wordings of one stance share ("North Korea's missile launches"). */
  private static Set<String> contentWords(String target) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : target.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
      if (w.length() > 2 && !TARGET_FUNCTION_WORDS.contains(w))
        out.add(w);
    return out;
  }

  /**
   * One stance per holder, polarity and target per article (GUIDELINES.md): a later stance whose
   * target shares most of its content words with an earlier one of the same holder and polarity
   * repeats it ("North Korea's recent missile launches" and "North Korea's ballistic missile launches").
   */
  private static List<Position> distinct(List<Position> found) {
    List<Position> out = new ArrayList<>();
    for (Position p : found) {
      Set<String> words = contentWords(p.target());
      boolean repeated = false;
      for (Position q : out) {
        if (!q.holder().equals(p.holder()) || q.polarity() != p.polarity()) continue;
        Set<String> other = contentWords(q.target());
        Set<String> shared = new java.util.HashSet<>(words);
        shared.retainAll(other);
        int smaller = Math.min(words.size(), other.size());
        if (smaller > 0 && shared.size() >= 2 && shared.size() * 10 >= smaller * 6) repeated = true;
      }
      if (!repeated) out.add(p);
    }
    return List.copyOf(out);
  }

  /** The speakers of the attributed direct quote token t is in, or none. */
  private static List<Entity> speakersOf(Token t, List<Quote> direct) {
    for (Quote q : direct) if (q.span().contains(t.span())) return q.speakers();
    return List.of();
  }

  /** The tagger reads "both support "…"" as a noun; right after a subject it is the verb. */
  private static boolean actsAsVerb(Sentence s, int i) {
    String pos = s.token(i).pos();
    if (i == 0 || !("NOUN".equals(pos) || "PROPN".equals(pos) || "ADJ".equals(pos))) return false;
    Token prev = s.token(i - 1);
    return "PROPN".equals(prev.pos()) || prev.is("both", "also", "all", "firmly", "strongly", "fully");
  }

  private static String key(Position p) {
    return p.holder().key() + "|" + p.polarity() + "|" + p.target().toLowerCase(java.util.Locale.ROOT);
  }

  /** "The government and the rebels committed to…": each coordinated subject holds the stance. */
  private static List<Position> coHolders(EntityDocument ed, Sentence s, int i, Position p) {
    List<Position> out = new ArrayList<>();
    Optional<Mention> subject = Clauses.subjectBefore(ed, s, i);
    if (subject.isEmpty()) return out;
    for (Entity holder : Clauses.coordinatedBefore(ed, s, subject.get()))
      if (!holder.equals(p.holder()))
        out.add(new Position(holder, p.polarity(), p.target(), p.targetEntity(), p.cue(), p.evidence()));
    return out;
  }

  /** A stance word inside a direct quote whose subject is "I" or "we": the quote's speaker holds it. */
  private Optional<Position> firstPersonStance(EntityDocument ed, Sentence s, int i, List<Quote> direct) {
    Token t = s.token(i);
    Quote quote = null;
    for (Quote q : direct) if (q.span().contains(t.span())) quote = q;
    if (quote == null) return Optional.empty();
    Optional<Lexicon.StanceWord> w = lexicon.stance(s, i, "verb").filter(x -> t.isVerb())
        .or(() -> lexicon.stance(s, i, "adj").filter(x -> x.length() > 1 || "ADJ".equals(t.pos())));
    if (w.isEmpty()) return Optional.empty();
    int k = i - 1;
    while (k >= 0 && (Clauses.gapWord(s.token(k)) || s.token(k).is("'m", "am", "'re", "are", "remain", "remains", "stand",
        "stands", "honoured", "honored", "pleased", "happy", "delighted", "glad", "proud", "ready", "to"))) k--;
    Polarity polarity = Clauses.negatedBefore(s, i) ? negate(w.get().polarity()) : w.get().polarity();
    // an actor named as subject inside the quote holds its own stance: ""The United States stands ready to…""
    if (k >= 0 && !s.token(k).is("I", "we", "We", "\"", "and")) {
      Optional<Mention> actor = Clauses.endingAt(ed, s, k + 1).filter(m -> m.entity().type() != EntityType.PERSON);
      if (actor.isPresent())
        return target(ed, s, i + w.get().length())
            .map(tg -> position(ed, s, i, actor.get(), polarity, tg, "stance.quoted-actor"));
    }
    // "Russia said it "reaffirms … and opposes any forms of…"": the quote's verbs have the speaker as subject
    boolean subjectless = k >= 0 && s.token(k).is("\"") && s.token(k).span().begin() < quote.span().begin()
        || k >= 0 && s.token(k).is("and") && quoteOpensWithVerb(s, quote);
    if (k < 0 || !(s.token(k).is("I", "we", "We") || subjectless)) return Optional.empty();
    int from = i + w.get().length();
    while (from < s.size() && SKIP_AFTER_VERB.contains(s.token(from).lower()) && w.get().length() == 1) from++;
    Entity holder = quote.speakers().get(0);
    int subjectBegin = s.token(k).span().begin();
    return target(ed, s, from).map(tg -> new Position(holder, polarity, tg.label(), tg.entity(), t.word(),
        new Evidence(ed.doc().article().id(), new Span(subjectBegin, tg.span().end()), s.span(),
            "stance.first-person")));
  }

  /** "China opposes X", "Beijing has called for X", "Moscow did not condemn X". */
  private Optional<Position> verbal(EntityDocument ed, Sentence s, int i, Lexicon.StanceWord w) {
    // "the U.S. and NATO were to blame": blamed, not blaming
    if (i > 0 && s.token(i - 1).is("to") && s.token(i).is("blame")) return Optional.empty();
    if (i + 2 < s.size() && s.token(i + 1).is("to") && s.token(i + 2).isVerb()) {
      // "refused to condemn": the next verb's stance, negated there; "refused to supply missiles": against supplying them
      if (lexicon.stance(s, i + 2, "verb").isPresent() || w.polarity() != Polarity.OPPOSE) return Optional.empty();
      Optional<Mention> holder = Clauses.subjectBefore(ed, s, i);
      if (holder.isEmpty()) return Optional.empty();
      return target(ed, s, i + 2).filter(tg -> tg.label().contains(" "))
          .map(tg -> position(ed, s, i, holder.get(), Polarity.OPPOSE, tg, "stance.refuse-to"));
    }
    Optional<Mention> holder = Clauses.subjectBefore(ed, s, i).or(() -> proxyHolder(ed, s, i))
        .or(() -> participleHolder(ed, s, i));
    if (holder.isEmpty()) return Optional.empty();
    int from = i + w.length();
    // "welcomes and applauds the steps": the object follows the last of the coordinated verbs
    while (from + 1 < s.size() && s.token(from).is("and", "or") && "VERB".equals(s.token(from + 1).pos())) from += 2;
    Polarity polarity = Clauses.negatedBefore(s, i) ? negate(w.polarity()) : w.polarity();
    // "accused X of Y", "blamed X for Y": the target is X, what they are blamed for follows
    while (from < s.size() && SKIP_AFTER_VERB.contains(s.token(from).lower()) && w.length() == 1) from++;
    Optional<Target> target = target(ed, s, from);
    // "reaffirmed China's support for Russia": the stance is the noun's, read by the noun rule
    if (target.isPresent() && LIGHT_VERBS.contains(s.token(i).lower()) && possessiveStanceNoun(s, from)) return Optional.empty();
    // "signed a joint statement": signing a bare document says nothing of its content
    if (target.isPresent() && s.token(i).lower().startsWith("sign")
        && BARE_DOCUMENT.matcher(target.get().label()).matches())
      return Optional.empty();
    // "welcomed Chinese leader Xi Jinping to the Kremlin": welcoming a person is hosting them, not a stance
    if (target.isPresent() && s.token(i).lower().startsWith("welcom")
        && Clauses.actorAt(ed, s, from).map(Mention::isPerson).orElse(false)) return Optional.empty();
    // "wants to try": a lone verb is no target
    if (target.isPresent() && target.get().label().split(" ").length == 1 && "VERB".equals(s.token(from).pos())) return Optional.empty();
    return target.map(tg -> position(ed, s, i, holder.get(), polarity, tg, "stance.verb"));
  }

  private static final Set<String> DISAPPROVING = Set.of("illegal", "illegitimate", "unacceptable", "irresponsible",
      "provocative", "dangerous", "unjustified", "unlawful", "wrong", "reckless", "outrageous", "absurd", "hypocritical",
      "destabilising", "destabilizing", "counterproductive", "shameful", "aggression", "violation", "mistake", "sham",
      "farce", "propaganda", "interference", "provocation");
  private static final Set<String> APPROVING = Set.of("historic", "constructive", "positive", "legitimate", "important",
      "welcome", "encouraging", "productive", "fruitful", "successful", "breakthrough", "milestone", "success");

  /** "The United States called the annexation illegal": an evaluation of the object. */
  private static Optional<Position> calledIt(EntityDocument ed, Sentence s, int i) {
    Optional<Mention> holder = Clauses.subjectBefore(ed, s, i);
    if (holder.isEmpty() || i + 2 >= s.size() || s.token(i + 1).is("for", "on", "off", "it", "him", "her", "them")) return Optional.empty();
    for (int k = i + 2; k < Math.min(s.size(), i + 10); k++) {
      Token t = s.token(k);
      if (t.is(",", ".", ";", "that")) break;
      Polarity p = DISAPPROVING.contains(t.lower()) ? Polarity.OPPOSE : APPROVING.contains(t.lower()) ? Polarity.SUPPORT : null;
      if (p == null) continue;
      int end = k;
      while (end > i + 1 && s.token(end - 1).is("an", "a", "as", "\"", "completely", "totally", "utterly", "deeply")) end--;
      if (end <= i + 1) return Optional.empty();
      Span span = new Span(s.token(i + 1).span().begin(), s.token(end - 1).span().end());
      Target tg = new Target(TextNormalizer.collapseSpaces(span.of(ed.doc().text())).strip(), null, span);
      return Optional.of(position(ed, s, i, holder.get(), p, tg, "stance.called"));
    }
    return Optional.empty();
  }

  /** "X warned Chinese firms against undermining the sanctions": opposed to what follows "against". */
  private static Optional<Position> warnedAgainst(EntityDocument ed, Sentence s, int i) {
    Optional<Mention> holder = Clauses.subjectBefore(ed, s, i);
    if (holder.isEmpty()) return Optional.empty();
    for (int k = i + 1; k < Math.min(s.size(), i + 6); k++) {
      if (s.token(k).is(",", ".", "that")) break;
      if (s.token(k).is("against")) {
        Span objectStart = s.token(i + 1).span();
        return target(ed, s, k + 1).map(tg -> position(ed, s, i, holder.get(), Polarity.OPPOSE,
            new Target(trim15(new Span(objectStart.begin(), tg.span().end()).of(ed.doc().text())), tg.entity(),
                new Span(objectStart.begin(), tg.span().end())), "stance.warn-against"));
      }
    }
    return Optional.empty();
  }

  private static String trim15(String label) {
    String[] words = label.replaceAll("[\"\u201c\u201d]", "").strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, MAX_TARGET_WORDS)));
  }

  private static boolean quoteOpensWithVerb(Sentence s, Quote quote) {
    for (Token t : s.tokens()) {
      if (t.span().begin() < quote.span().begin()) continue;
      return "VERB".equals(t.pos());
    }
    return false;
  }

  private boolean possessiveStanceNoun(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 5); k++) {
      if (s.token(k).is("'s", "'", "its", "their", "his", "her") && k + 1 < s.size()) {
        int n = k + 1;
        while (n < s.size() && "ADJ".equals(s.token(n).pos())) n++;
        return n < s.size() && lexicon.stance(s, n, "noun").isPresent();
      }
    }
    return false;
  }

  /** "The two countries opposed X": one position for each of the pair the text named last. */
  private static List<Position> pairStances(EntityDocument ed, Sentence s, int i, Lexicon.StanceWord w) {
    List<Entity> pair = Clauses.thePair(ed, s, i);
    if (pair.isEmpty()) return List.of();
    int from = i + w.length();
    while (from < s.size() && SKIP_AFTER_VERB.contains(s.token(from).lower()) && w.length() == 1) from++;
    Polarity polarity = Clauses.negatedBefore(s, i) ? negate(w.polarity()) : w.polarity();
    Optional<Target> target = target(ed, s, from);
    if (target.isEmpty()) return List.of();
    Evidence evidence = new Evidence(ed.doc().article().id(), s.token(i).span().union(target.get().span()), s.span(),
        "stance.pair");
    List<Position> out = new ArrayList<>();
    for (Entity holder : pair)
      out.add(new Position(holder, polarity, target.get().label(), target.get().entity(), s.token(i).word(), evidence));
    return out;
  }

  /** "Trump's administration backed…": the possessor of a government, team or spokesperson. */
  private static Optional<Mention> proxyHolder(EntityDocument ed, Sentence s, int i) {
    int k = i - 1;
    while (k >= 0 && Clauses.gapWord(s.token(k))) k--;
    if (k < 1 || !PROXY_NOUNS.contains(s.token(k).lower())) return Optional.empty();
    // "his government opposes…": the pronoun's person
    if (s.token(k - 1).is("his", "her", "their")) return ed.at(s.index(), k - 1).filter(Clauses::usableActor);
    if (k < 2 || !s.token(k - 1).is("'s", "'")) return Optional.empty();
    return Clauses.endingAt(ed, s, k - 1);
  }

  /** "Even while criticizing X, Maduro said…": an opening participle clause belongs to the main subject. */
  private static Optional<Mention> participleHolder(EntityDocument ed, Sentence s, int i) {
    if (!s.token(i).lower().endsWith("ing")) return Optional.empty();
    for (int k = 0; k < i; k++)
      if (CLAUSE_TAGS.contains(s.token(k).pos())) return Optional.empty();
    for (int k = i + 1; k < s.size(); k++) {
      if (s.token(k).is(",")) return Clauses.actorAt(ed, s, k + 1);
    }
    return Optional.empty();
  }

  /** "Beijing's support for X", "Moscow's rejection of X", "his criticism of X", "X showed a cautious welcome to Y". */
  private Optional<Position> nominal(EntityDocument ed, Sentence s, int i, Lexicon.StanceWord w) {
    int k = i - 1;
    // modifiers: "a fierce critic", "a long-time supporter" (the tagger reads some as nouns)
    while (k > 0 && k > i - 4 && ("ADJ".equals(s.token(k).pos()) || "ADV".equals(s.token(k).pos())
        || "NOUN".equals(s.token(k).pos()) && !s.token(k).isCapitalized())) k--;
    Optional<Mention> holder;
    int light = k >= 0 && s.token(k).is("a", "an", "its", "his", "her", "their", "strong", "full") ? k - 1 : k;
    if (light >= 0 && LIGHT_VERBS.contains(s.token(light).lower())) {
      holder = Clauses.subjectBefore(ed, s, light);
    } else if (light >= 0 && AGENT_NOUNS.contains(s.token(i).lower()) && s.token(light).is("is", "was", "been", "be", "are", "were", "remains", "as")) {
      // "X, who has been a long-time supporter of Brexit", "X is a fierce critic of Y"
      holder = Clauses.subjectBefore(ed, s, light);
    } else if (k >= 0 && s.token(k).is("his", "her", "their", "its")) {
      holder = ed.at(s.index(), k).filter(Clauses::usableActor);
    } else {
      if (k <= 0 || !s.token(k).is("'s", "'")) return Optional.empty();
      holder = Clauses.endingAt(ed, s, k);
    }
    if (holder.isEmpty()) return Optional.empty();
    int from = i + 1;
    if (from >= s.size() || !s.token(from).is("for", "of", "to", "toward", "towards", "on")) return Optional.empty();
    return target(ed, s, from + 1).map(tg -> position(ed, s, i, holder.get(), w.polarity(), tg, "stance.noun"));
  }

  /** "China has remained neutral", "X is opposed to Y". */
  private Optional<Position> adjectival(EntityDocument ed, Sentence s, int i, Lexicon.StanceWord w) {
    // the subject is before the copula: "China has remained officially neutral"
    int v = i - 1;
    while (v > 0 && (Clauses.gapWord(s.token(v)) || COPULAS.contains(s.token(v).lower()))) v--;
    Optional<Mention> holder = Clauses.endingAt(ed, s, v + 1).or(() -> Clauses.subjectBefore(ed, s, i));
    if (holder.isEmpty()) return Optional.empty();
    boolean copula = false;
    for (int k = i - 1; k >= holder.get().end(); k--)
      if (s.token(k).is("is", "was", "are", "were", "remained", "remains", "remain", "stayed", "stays", "been", "be", "am",
          "'m", "'re", "'s", "appears", "appeared", "seems", "seemed"))
        copula = true;
    if (!copula) return Optional.empty();
    int from = i + w.length();
    Optional<Target> target = Optional.empty();
    if (w.length() > 1) target = target(ed, s, from);
    else if (from < s.size() && s.token(from).is("on", "in", "toward", "towards", "to", "about", "over")) target = target(ed, s, from + 1);
    if (target.isEmpty()) target = conflictIn(ed, s);
    Polarity polarity = Clauses.negatedBefore(s, i) ? negate(w.polarity()) : w.polarity();
    return target.map(tg -> position(ed, s, i, holder.get(), polarity, tg, "stance.adjective"));
  }

  /** The conflict a neutrality is about when the sentence names one ("the war in Ukraine"). */
  private static Optional<Target> conflictIn(EntityDocument ed, Sentence s) {
    String text = s.span().of(ed.doc().normalized());
    Matcher m = CONFLICT.matcher(text);
    if (!m.find()) return Optional.empty();
    int b = s.span().begin() + m.start(), e = s.span().begin() + m.end();
    return Optional.of(new Target(m.group(), null, new Span(b, e)));
  }

  private static Polarity negate(Polarity p) {
    return switch (p) {
      case OPPOSE -> Polarity.NEUTRAL;
      case SUPPORT -> Polarity.OPPOSE;
      case NEUTRAL -> Polarity.NEUTRAL;
    };
  }

  record Target(String label, Entity entity, Span span) {}

  /** A noun that only points back to what came before: "such talks", "these measures". */
  private static final Pattern POINTING_BACK = Pattern.compile("(?i)(such|these|those|similar) \\S+");

  /** A target that names nothing of its own: empty, a pronoun, "do that", "such talks". */
  static boolean namesNothing(String label) {
    return label.isEmpty() || PRONOUN_TARGET.matcher(label).matches() || DOING_IT.matcher(label).matches()
        || POINTING_BACK.matcher(label).matches();
  }

  /** Whether the words from {@code i} name a time: "a year", "the third time", "Monday". */
  private static boolean timeFollows(Sentence s, int i) {
    for (int k = i; k < Math.min(s.size(), i + 3); k++) {
      Token t = s.token(k);
      if (newsgraph.nlp.WordSets.get().contains("time-nouns", t)) return true;
      if (!(t.pos().equals("DET") || t.pos().equals("NUM") || t.pos().equals("ADJ"))) return false;
    }
    return false;
  }

  /** The object phrase from token {@code from}: up to a clause boundary or a time, at most 15 words. */
  private static Optional<Target> target(EntityDocument ed, Sentence s, int from) {
    if (from >= s.size()) return Optional.empty();
    int end = from;
    int words = 0;
    while (end < s.size()) {
      Token t = s.token(end);
      if (t.is(",", ";", ":", ".", "?", "!", "(", ")", "\u2014") || TARGET_STOP.contains(t.lower())) break;
      if (t.is("and") && end + 1 < s.size() && ("VERB".equals(s.token(end + 1).pos()) || s.token(end + 1).lower().endsWith("ed"))
          && !s.token(end + 1).lower().endsWith("ing")) break; // "opposes X and expressed support for Y": two clauses
      // a finite verb with its own object starts a new clause: "the peace proposal surprised diplomats"
      if (end > from && "VERB".equals(t.pos()) && !t.lower().endsWith("ing") && end + 1 < s.size()
          && !MODIFIER_TAGS.contains(s.token(end - 1).pos())
          && (s.token(end + 1).pos().equals("NOUN") || s.token(end + 1).pos().equals("DET") || s.token(end + 1).pos().equals("PRON")
          || s.token(end + 1).pos().equals("PROPN")) && !s.token(end - 1).is("to")) break;
      // a time closes the phrase, as in the tree's reading: "called for talks for a year now", "on Monday"
      if (end > from && "ADP".equals(t.pos()) && timeFollows(s, end + 1)) break;
      if (!t.isPunct()) words++;
      if (words > MAX_TARGET_WORDS) break;
      end++;
    }
    while (end > from && (s.token(end - 1).isPunct() || s.token(end - 1).is("and", "or", "the", "a", "of", "to", "in", "for", "with", "by")))
      end--;
    if (end <= from) return Optional.empty();
    Span span = new Span(s.token(from).span().begin(), s.token(end - 1).span().end());
    String label = TextNormalizer.collapseSpaces(DOUBLE_QUOTES.matcher(span.of(ed.doc().text())).replaceAll("")).strip();
    label = EDGE_SINGLE_QUOTES.matcher(label).replaceAll("");
    if (namesNothing(label)) return Optional.empty();
    Entity entity = null;
    for (Mention m : ed.mentionsIn(s.index()))
      if (m.first() == from && m.end() == end) entity = ed.actor(m);
    // a one-word target must name something: "new" (of "'new era'") is no target
    if (!label.contains(" ") && entity == null && !NOMINAL_TAGS.contains(s.token(end - 1).pos())) return Optional.empty();
    return Optional.of(new Target(label, entity, span));
  }

  private static Position position(EntityDocument ed, Sentence s, int i, Mention holder, Polarity polarity, Target tg,
                                   String rule) {
    Span evidence = holder.span().union(s.token(i).span()).union(tg.span());
    return new Position(ed.actor(holder), polarity, tg.label(), tg.entity(), s.token(i).word(),
        new Evidence(ed.doc().article().id(), evidence, s.span(), rule));
  }
}
