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
import newsgraph.entity.Mention;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Span;
import newsgraph.nlp.Token;

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
      "\\b(?:the |Russia's |its )?(?:war|conflict|invasion|crisis)(?: (?:in|on|of|over) (?:the )?[A-Z][\\w'-]+)?");

  private final Lexicon lexicon;

  public PositionExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "positions";
  }

  @Override
  public List<Position> extract(EntityDocument ed) {
    AnnotatedDocument doc = ed.doc();
    List<QuoteMarks.Quoted> quoted = QuoteMarks.find(doc);
    Map<String, Position> out = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (inside(t, quoted)) continue;
        Optional<Lexicon.StanceWord> verb = lexicon.stance(s, i, "verb");
        Optional<Lexicon.StanceWord> noun = lexicon.stance(s, i, "noun");
        Optional<Lexicon.StanceWord> adj = lexicon.stance(s, i, "adj");
        Optional<Position> p = Optional.empty();
        if (verb.isPresent() && t.isVerb()) p = verbal(ed, s, i, verb.get());
        if (p.isEmpty() && noun.isPresent() && "NOUN".equals(t.pos())) p = nominal(ed, s, i, noun.get());
        if (p.isEmpty() && adj.isPresent() && ("ADJ".equals(t.pos()) || "VERB".equals(t.pos()))) p = adjectival(ed, s, i, adj.get());
        p.ifPresent(x -> out.putIfAbsent(x.holder().key() + "|" + x.polarity() + "|" + x.target().toLowerCase(), x));
      }
    }
    return List.copyOf(out.values());
  }

  private static boolean inside(Token t, List<QuoteMarks.Quoted> quoted) {
    for (QuoteMarks.Quoted q : quoted) if (q.inner().contains(t.span())) return true;
    return false;
  }

  /** "China opposes X", "Beijing has called for X", "Moscow did not condemn X". */
  private Optional<Position> verbal(EntityDocument ed, Sentence s, int i, Lexicon.StanceWord w) {
    // "refused to condemn", "declined to back": the stance is the next verb's, negated there
    if (i + 2 < s.size() && s.token(i + 1).is("to") && s.token(i + 2).isVerb()) return Optional.empty();
    Optional<Mention> holder = Clauses.subjectBefore(ed, s, i);
    if (holder.isEmpty()) return Optional.empty();
    int from = i + w.length();
    Polarity polarity = Clauses.negatedBefore(s, i) ? negate(w.polarity()) : w.polarity();
    // "accused X of Y", "blamed X for Y": the target is X, what they are blamed for follows
    while (from < s.size() && SKIP_AFTER_VERB.contains(s.token(from).lower()) && w.length() == 1) from++;
    return target(ed, s, from).map(tg -> position(ed, s, i, holder.get(), polarity, tg, "stance.verb"));
  }

  /** "Beijing's support for X", "Moscow's rejection of X". */
  private Optional<Position> nominal(EntityDocument ed, Sentence s, int i, Lexicon.StanceWord w) {
    int k = i - 1;
    while (k > 0 && ("ADJ".equals(s.token(k).pos()) || "ADV".equals(s.token(k).pos()))) k--;
    if (k <= 0 || !s.token(k).is("'s", "'")) return Optional.empty();
    Optional<Mention> holder = Clauses.endingAt(ed, s, k);
    if (holder.isEmpty()) return Optional.empty();
    int from = i + 1;
    if (from >= s.size() || !s.token(from).is("for", "of", "to", "toward", "towards", "on")) return Optional.empty();
    return target(ed, s, from + 1).map(tg -> position(ed, s, i, holder.get(), w.polarity(), tg, "stance.noun"));
  }

  /** "China has remained neutral", "X is opposed to Y". */
  private Optional<Position> adjectival(EntityDocument ed, Sentence s, int i, Lexicon.StanceWord w) {
    Optional<Mention> holder = Clauses.subjectBefore(ed, s, i);
    if (holder.isEmpty()) return Optional.empty();
    boolean copula = false;
    for (int k = i - 1; k >= holder.get().end(); k--)
      if (s.token(k).is("is", "was", "are", "were", "remained", "remains", "remain", "stayed", "stays", "been", "be"))
        copula = true;
    if (!copula) return Optional.empty();
    int from = i + 1;
    Optional<Target> target = Optional.empty();
    if (from < s.size() && s.token(from).is("on", "in", "toward", "towards", "to", "about", "over")) target = target(ed, s, from + 1);
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

  /** The object phrase from token {@code from}: up to a clause boundary, at most 15 words. */
  private static Optional<Target> target(EntityDocument ed, Sentence s, int from) {
    if (from >= s.size()) return Optional.empty();
    int end = from;
    int words = 0;
    while (end < s.size()) {
      Token t = s.token(end);
      if (t.is(",", ";", ":", ".", "?", "!", "(", ")", "\u2014") || TARGET_STOP.contains(t.lower())) break;
      if (t.is("and") && end + 1 < s.size() && "VERB".equals(s.token(end + 1).pos())
          && !s.token(end + 1).lower().endsWith("ing")) break;
      // a finite verb with its own object starts a new clause: "the peace proposal surprised diplomats"
      if (end > from && "VERB".equals(t.pos()) && !t.lower().endsWith("ing") && end + 1 < s.size()
          && (s.token(end + 1).pos().equals("NOUN") || s.token(end + 1).pos().equals("DET") || s.token(end + 1).pos().equals("PRON")
          || s.token(end + 1).pos().equals("PROPN")) && !s.token(end - 1).is("to")) break;
      if (!t.isPunct()) words++;
      if (words > MAX_TARGET_WORDS) break;
      end++;
    }
    while (end > from && (s.token(end - 1).isPunct() || s.token(end - 1).is("and", "or", "the", "a", "of", "to", "in", "for", "with", "by")))
      end--;
    if (end <= from) return Optional.empty();
    Span span = new Span(s.token(from).span().begin(), s.token(end - 1).span().end());
    String label = span.of(ed.doc().text()).replaceAll("[\"\u201c\u201d]", "").replaceAll("\\s+", " ").strip();
    if (label.isEmpty()) return Optional.empty();
    Entity entity = null;
    for (Mention m : ed.mentionsIn(s.index()))
      if (m.first() == from && m.end() == end) entity = ed.actor(m);
    return Optional.of(new Target(label, entity, span));
  }

  private static Position position(EntityDocument ed, Sentence s, int i, Mention holder, Polarity polarity, Target tg,
                                   String rule) {
    Span evidence = new Span(Math.min(holder.span().begin(), s.token(i).span().begin()), tg.span().end());
    return new Position(ed.actor(holder), polarity, tg.label(), tg.entity(), s.token(i).word(),
        new Evidence(ed.doc().article().id(), evidence, s.span(), rule));
  }

  static List<String> words(String label) {
    List<String> out = new ArrayList<>();
    for (String w : label.split("\\s+")) if (!w.isBlank()) out.add(w);
    return out;
  }
}
