package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsgraph.entity.Entity;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.Mention;
import newsgraph.entity.MentionKind;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.QuoteMarks;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Span;
import newsgraph.nlp.Token;
import newsgraph.nlp.WordSets;

/**
 * Direct quotes (words inside quotation marks) and indirect ones (reported clauses after a speech
 * verb, "according to X"), each with its speaker. Attribution runs as sieves in order of
 * precision, and each quote records the sieve that named its speaker:
 * {@code quote.after} ("…," Mr. Putin said / said Mr. Putin), {@code quote.before} (X said: "…",
 * X said that … "…"), {@code quote.according-to}, {@code quote.paragraph} (another quote of the
 * same paragraph), {@code quote.carry} (the previous paragraph's speaker goes on). A quote whose
 * speaker no sieve finds is kept only when it is long enough to be a statement rather than a
 * scare quote. Stateless and thread-safe.
 */
public final class QuoteExtractor implements Extractor<Quote> {
  private static final int MIN_UNATTRIBUTED_WORDS = 6;
  private static final Set<String> INDIRECT_VERBS = Set.of("say", "tell", "add", "stress", "warn", "insist", "note",
      "claim", "argue", "explain", "state", "declare", "announce", "assert", "emphasise", "reiterate", "suggest",
      "believe", "think", "hope", "confirm", "acknowledge", "admit", "predict", "promise", "pledge", "vow", "indicate",
      "reveal", "deny", "point out", "allege", "contend", "maintain", "agree", "recall", "report", "concede", "write");
  /** Verbs whose object is the one spoken to: "telling Xi, "…"", "warned Moscow: "…"". */
  private static final Set<String> ADDRESSING_VERBS = Set.of("tell", "ask", "urge", "warn", "assure", "inform", "remind",
      "thank", "answer", "reply");
  private static final Set<String> THOUGHT_VERBS = Set.of("hope", "think", "believe", "expect", "want", "agree");
  private static final Set<String> ADDRESSEE_SKIP = Set.of("reporters", "journalists", "lawmakers", "parliament",
      "the", "a", "news", "conference", "agency", "media", "that", "in", "on", "at", "during", "statement",
      "interview", "an", "briefing", "press", "telegram", "television", "state", "tv", "radio", "his", "her", "their",
      "its", "regular", "him", "them", "us", "me", "audience", "crowd", "gathering", "summit");

  private final Lexicon lexicon;

  public QuoteExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public List<Quote> extract(EntityDocument ed) {
    AnnotatedDocument doc = ed.doc();
    List<QuoteMarks.Quoted> quoted = ed.quoted();
    List<Quote> out = new ArrayList<>();
    Map<QuoteMarks.Quoted, Attribution> found = new HashMap<>();
    for (QuoteMarks.Quoted q : quoted) {
      Optional<Sentence> s = sentenceOf(doc, q.outer().begin());
      if (s.isEmpty()) continue;
      Attribution a = after(ed, s.get(), q).orElse(null);
      if (a == null || a.verb().equals("report")) {
        // "X said Pence "…", AFP reported": the agency reports, X speaks
        Attribution b = before(ed, s.get(), q, quoted).or(() -> accordingTo(ed, s.get())).orElse(null);
        if (b != null) a = b;
      }
      if (a != null) found.put(q, a);
    }
    // sieves that lean on other quotes: the same paragraph, then the previous paragraph's last quote
    for (int k = 0; k < quoted.size(); k++) {
      QuoteMarks.Quoted q = quoted.get(k);
      if (found.containsKey(q)) continue;
      Attribution a = null;
      for (int d = 1; d < quoted.size() && a == null; d++) {
        for (int j : new int[] {k - d, k + d}) {
          if (j < 0 || j >= quoted.size() || a != null) continue;
          QuoteMarks.Quoted other = quoted.get(j);
          // a carried speaker carries on within its sentence ("…," adding that the panel "…")
          boolean sameSentence = sentenceOf(doc, other.outer().begin()).equals(sentenceOf(doc, q.outer().begin()));
          if (other.paragraph() == q.paragraph() && found.containsKey(other)
              && (!found.get(other).rule().equals("quote.carry") || sameSentence))
            a = found.get(other).as("quote.paragraph");
        }
        if (d > 6) break;
      }
      if (a == null && k > 0) {
        // a paragraph that opens with a quote and names no speaker goes on with the previous paragraph's
        boolean opensParagraph = q.outer().begin() == doc.paragraphs().get(q.paragraph()).begin();
        if (opensParagraph) a = colonIntro(ed, q).orElse(null);
        for (int j = k - 1; a == null && opensParagraph && j >= 0; j--) {
          QuoteMarks.Quoted prev = quoted.get(j);
          if (prev.paragraph() < q.paragraph() - 1) break;
          if (prev.paragraph() == q.paragraph() - 1 && found.containsKey(prev)) a = found.get(prev).as("quote.carry");
        }
      }
      if (a != null) found.put(q, a);
    }
    for (QuoteMarks.Quoted q : quoted) {
      Attribution a = found.get(q);
      // issue 20: a quote no sieve attributed takes the subject of the speech verb it is the
      // complement of, read over the tree. Put before the word-order sieves it lost more than it gained
      // (direct attribution 0.947 -> 0.901 on the bundled articles), so it only fills gaps for now.
      if (a == null) a = speechSubject(ed, q, quoted).orElse(null);
      String text = q.inner().of(doc.text());
      if (a == null && text.split("\\s+").length < MIN_UNATTRIBUTED_WORDS) continue;
      Sentence s = sentenceOf(doc, q.outer().begin()).orElse(null);
      Span sentence = s == null ? q.outer() : s.span();
      List<Entity> speakers = a == null ? List.of() : a.speakers();
      out.add(new Quote(q.inner(), text, QuoteKind.DIRECT, speakers, a == null ? null : a.verb(), null,
          new Evidence(doc.article().id(), q.outer(), sentence, a == null ? "quote.unattributed" : a.rule())));
    }
    List<Quote> reported = new ArrayList<>(indirect(ed, quoted));
    for (Quote q : reportedClauses(ed, quoted)) {
      // the tree's clause replaces a word-order reading of the same speech that it lies inside ("told
      // reporters in Lima on Monday that …": the clause starts after "that"); elsewhere it adds one
      Quote wider = null;
      boolean overlaps = false;
      for (Quote r : reported) {
        if (r.span().begin() < q.span().end() && q.span().begin() < r.span().end()) {
          overlaps = true;
          // the innermost report is the speech: "Both noted that X, she added" is X by both
          boolean inner = r.span().contains(q.span()) && !r.span().equals(q.span())
              && (q.speakers().containsAll(r.speakers()) || r.evidence().rule().equals("quote.indirect-trailing"));
          // and the outermost report of one speaker is the speech when it adds a predicate of its
          // own: "he said that he hopes X" is "he hopes X", not X; "told Putin X" stays X
          boolean outer = q.span().contains(r.span()) && !r.span().equals(q.span()) && q.speakers().equals(r.speakers())
              && verbBetween(doc, q.span().begin(), r.span().begin());
          if (inner || outer || r.span().equals(q.span()) && q.speakers().size() > r.speakers().size()
              && q.speakers().containsAll(r.speakers())) wider = r;
        }
      }
      boolean known = reported.stream().anyMatch(r -> r.span().equals(q.span()) && r.speakers().equals(q.speakers()));
      if (wider != null && known) reported.remove(wider); // the word-order reading has it already
      else if (wider != null) reported.set(reported.indexOf(wider), q);
      else if (!overlaps) reported.add(q);
    }
    // a reported clause whose own words hold no predicate is the direct quote it wraps, already found
    // ("it "reaffirms…"", "said that "both…""); one with a verb of its own outside the marks is a
    // mixed quote's reported clause ("the talks were "productive" on …"), and so is a scare quote's
    List<Span> direct = out.stream().map(q -> q.evidence().span()).toList();
    reported.removeIf(r -> wrapsOnlyQuotes(doc, r.span(), direct));
    out.addAll(reported);
    return out;
  }

  /** Whether a verb lies between the two offsets of one sentence. */
  private static boolean verbBetween(AnnotatedDocument doc, int begin, int end) {
    Sentence s = sentenceOf(doc, begin).orElse(null);
    return s != null && hasVerb(s, s.tokenAtOrAfter(begin), s.tokenAtOrAfter(end));
  }

  /** Whether the span holds a direct quote and, outside the marks, no verb but one of speech that introduces it. */
  private boolean wrapsOnlyQuotes(AnnotatedDocument doc, Span span, List<Span> direct) {
    if (direct.stream().noneMatch(d -> span.begin() < d.end() && d.begin() < span.end())) return false;
    Sentence s = sentenceOf(doc, span.begin()).orElse(null);
    if (s == null) return false;
    for (int t = 0; t < s.size(); t++) {
      Span at = s.token(t).span();
      if (at.begin() < span.begin() || at.end() > span.end()) continue;
      if (direct.stream().anyMatch(d -> d.begin() <= at.begin() && at.end() <= d.end())) continue;
      if (!s.token(t).isVerb()) continue;
      // "said that "…"" introduces the quote; "expressed concerns over …" is a predicate of its own
      boolean introduces = lexicon.speechVerb(s, t).isPresent() && t + 1 < s.size()
          && (s.token(t + 1).is("that") || s.token(t + 1).is("\"") || s.token(t + 1).is(":"));
      if (!introduces) return false;
    }
    return true;
  }

  /**
   * Reported speech read over the dependency tree where the word-order rule found none: the
   * complement clause of a speech verb ("the minister told reporters on Monday that …", "…, he
   * added, …"), spoken by the verb's subject. A clause that opens with a quotation mark is a direct
   * quote's business. Issue 20's first step onto the syntactic layer.
   */
  private List<Quote> reportedClauses(EntityDocument ed, List<QuoteMarks.Quoted> quoted) {
    AnnotatedDocument doc = ed.doc();
    List<Quote> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (int v = 0; v < s.size(); v++) {
        Token verb = s.token(v);
        if (!verb.isVerb() || QuoteMarks.inside(verb, quoted)) continue;
        Optional<String> lemma = lexicon.speechVerb(s, v).filter(INDIRECT_VERBS::contains);
        // beyond the hand list, any verb whose first WordNet sense is one of communicating
        // ("insisted", "cautioned", "conceded") that takes a clause of its own
        if (lemma.isEmpty() && WordSets.get().contains("report-verbs", verb)) lemma = Optional.of(verb.lemma());
        if (lemma.isEmpty()) continue;
        int clause = newsgraph.nlp.ClauseReader.complement(s, v);
        if (clause < 0 || clause < v) continue; // a clause before its verb ("…, he said") is a quote's or another rule's
        int[] extent = newsgraph.nlp.ClauseReader.complementExtent(s, v, clause);
        int from = extent[0], to = extent[1];
        while (from <= to && (s.token(from).is("that") || s.token(from).isPunct())) from++;
        int tail = coordinatedTail(s, from, to);
        if (tail > 0) to = tail - 1;
        // "…, she added." closing the sentence reports the whole of it, and is no part of the clause
        for (int k = from + 3; k <= to; k++)
          if (s.token(k).is(",") && to - k <= 4 && (k + 2 < s.size() && lexicon.speechVerb(s, k + 2).isPresent()
              || k + 3 < s.size() && lexicon.speechVerb(s, k + 3).isPresent())) {
            to = k - 1;
            break;
          }
        while (to >= from && s.token(to).isPunct()) to--;
        if (to - from < 3 || s.token(from).is("\"") || QuoteMarks.inside(s.token(from), quoted)) continue;
        // a reported clause has a subject of its own and starts as a clause, not as "after arriving in…"
        if (newsgraph.nlp.ClauseReader.child(s, clause, java.util.Set.of("nsubj", "nsubjpass", "expl")) < 0) continue;
        String firstRel = s.tree().label(from);
        boolean opensAsClause = !(s.tree().head(from) == clause && (firstRel.equals("mark") || firstRel.equals("prep")))
            || s.token(from).is("if", "whether");
        if (!opensAsClause || !s.token(clause).isVerb()) continue;
        // a clause cut short by a quotation mark ("…'s visit would be "…") belongs to the direct quote
        if (to + 1 < s.size() && QuoteMarks.inside(s.token(to + 1), quoted) || to + 1 < s.size() && s.token(to + 1).is("\"")) continue;
        Span span = new Span(s.token(from).span().begin(), s.token(to).span().end());
        if (overlapsAny(span, out)) continue;
        List<Integer> subjects = newsgraph.nlp.ClauseReader.subjects(s, v);
        String rule = "quote.reported-clause";
        if (subjects.isEmpty()) {
          // "X was quoted as saying …", "the agency cited X as saying …": the one quoted speaks
          subjects = quotedAs(s, v);
          rule = "quote.quoted-as";
        }
        List<Entity> speakers = new ArrayList<>();
        for (int t : subjects) {
          Optional<Mention> m = ed.at(s.index(), t);
          Optional<Entity> body = Clauses.bodyOfOfficial(ed, s, t);
          if (m.isPresent() && Clauses.usableActor(m.get()) && !speakers.contains(ed.actor(m.get()))) speakers.add(ed.actor(m.get()));
          else if (body.isPresent() && !speakers.contains(body.get())) speakers.add(body.get());
        }
        if (speakers.isEmpty()) speakers.addAll(Clauses.thePair(ed, s, v)); // "Both noted that…", "the two leaders said…"
        if (speakers.isEmpty()) continue; // no speaker rather than a wrong one
        out.add(new Quote(span, span.of(doc.text()), QuoteKind.INDIRECT, List.copyOf(speakers), lemma.get(), null,
            new Evidence(doc.article().id(), new Span(verb.span().begin(), span.end()), s.span(), rule)));
      }
      according(ed, s, quoted).filter(q -> !overlapsAny(q.span(), out)).ifPresent(out::add);
      parenthetical(ed, s, quoted).filter(q -> !overlapsAny(q.span(), out)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The one a verb of quoting names for "saying" ("X was quoted as saying", "Xinhua cited X as
   * saying"): the passive subject or the object of "quote" or "cite" above "as saying".
   */
  private static List<Integer> quotedAs(Sentence s, int saying) {
    int as = s.tree().head(saying);
    if (as < 0 || !s.token(as).is("as")) return List.of();
    int quoting = s.tree().head(as);
    if (quoting < 0 || !Set.of("quote", "cite").contains(s.token(quoting).lemma())) return List.of();
    int passive = newsgraph.nlp.ClauseReader.child(s, quoting, Set.of("nsubjpass"));
    if (passive >= 0) return newsgraph.nlp.ClauseReader.coordinated(s, passive);
    return newsgraph.nlp.ClauseReader.objects(s, quoting);
  }

  /**
   * "According to X, CLAUSE." and "CLAUSE, according to X.": the clause is X's reported speech
   * (a named source: a person, a body, an agency).
   */
  private Optional<Quote> according(EntityDocument ed, Sentence s, List<QuoteMarks.Quoted> quoted) {
    Optional<Mention> source = accordingSource(ed, s);
    // the source right after "according to", not after an article: "according to the X's report"
    if (source.isPresent() && source.get().first() >= 2 && s.token(source.get().first() - 1).is("to")) {
      int i = source.get().first() - 2;
      int from, to;
      if (i == 0 || i == 1 && s.token(0).isPunct()) {
        // "According to X, CLAUSE."; "According to X, who heads a think tank, CLAUSE" and "According
        // to X, an associate fellow at Y, CLAUSE": X's description hangs on X in the tree
        int comma = Math.max(source.get().end(), s.tree().extent(source.get().end() - 1)[1] + 1);
        if (comma >= s.size() || !s.token(comma).is(",")) return Optional.empty();
        from = comma + 1;
        to = s.size() - 1;
      } else if (s.token(i - 1).is(",") && source.get().end() >= s.size() - 1) {
        // "CLAUSE, according to X."
        from = 0;
        to = i - 2;
      } else {
        return Optional.empty();
      }
      while (to >= from && s.token(to).isPunct()) to--;
      if (to - from < 3 || !hasFiniteVerb(s, from, to + 1)) return Optional.empty();
      if (QuoteMarks.inside(s.token(from), quoted) || s.token(from).is("\"")) return Optional.empty();
      Span span = new Span(s.token(from).span().begin(), s.token(to).span().end());
      return Optional.of(new Quote(span, span.of(ed.doc().text()), QuoteKind.INDIRECT, List.of(ed.actor(source.get())),
          "according to", null, new Evidence(ed.doc().article().id(), s.span(), s.span(), "quote.according-to-clause")));
    }
    return Optional.empty();
  }

  /**
   * "The railway, Wang added, would carry goods to the coast.": a reporting clause set between
   * commas inside the reported one; the speech is the sentence around it.
   */
  private Optional<Quote> parenthetical(EntityDocument ed, Sentence s, List<QuoteMarks.Quoted> quoted) {
    for (int c = 2; c + 3 < s.size(); c++) {
      if (!s.token(c).is(",") || QuoteMarks.inside(s.token(c), quoted)) continue;
      Optional<Mention> speaker = Clauses.actorAt(ed, s, c + 1);
      if (speaker.isEmpty() || speaker.get().first() != c + 1 || speaker.get().end() + 1 >= s.size()) continue;
      int v = speaker.get().end();
      Optional<String> verb = lexicon.speechVerb(s, v);
      if (verb.isEmpty() || !INDIRECT_VERBS.contains(verb.get()) || !s.token(v + 1).is(",")) continue;
      int before = 0;
      while (before < c && s.token(before).isPunct()) before++;
      int after = v + 2, end = s.size() - 1;
      while (end > after && s.token(end).isPunct()) end--;
      // both halves belong to one clause: a subject before, its verb after
      if (c - before < 1 || end - after < 1 || !hasFiniteVerb(s, after, end + 1)) continue;
      // a clause holding quotation marks is a direct quote's business ("…, Biden said, "I value…"")
      boolean marks = false;
      for (int k = before; k <= end && !marks; k++)
        marks = QuoteMarks.inside(s.token(k), quoted) || s.token(k).is("\"", "\u201c", "\u201d", "''", "``");
      if (marks) continue;
      String text = new Span(s.token(before).span().begin(), s.token(c - 1).span().end()).of(ed.doc().text()) + " "
          + new Span(s.token(after).span().begin(), s.token(end).span().end()).of(ed.doc().text());
      Span span = new Span(s.token(before).span().begin(), s.token(end).span().end());
      return Optional.of(new Quote(span, text, QuoteKind.INDIRECT, List.of(ed.actor(speaker.get())), verb.get(), null,
          new Evidence(ed.doc().article().id(), s.span(), s.span(), "quote.parenthetical")));
    }
    return Optional.empty();
  }

  private static boolean overlapsAny(Span span, List<Quote> quotes) {
    for (Quote q : quotes) if (q.span().begin() < span.end() && span.begin() < q.span().end()) return true;
    return false;
  }

  /** Who said it and how it was found. */
  record Attribution(List<Entity> speakers, String verb, String rule) {
    Attribution as(String newRule) {
      return new Attribution(speakers, verb, newRule);
    }
  }

  /**
   * The subject of the speech verb that governs the quote in its sentence: from the quote's first
   * word up the tree to the first speech verb outside the marks ("he said they had yet to see any
   * "…"", "he ended by telling Xi, "…"", ""…," the president said"). Only a named or resolved
   * actor counts; otherwise the other sieves decide.
   */
  private Optional<Attribution> speechSubject(EntityDocument ed, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quoted) {
    AnnotatedDocument doc = ed.doc();
    Sentence s = sentenceOf(doc, q.inner().begin()).orElse(null);
    if (s == null) return Optional.empty();
    int first = s.tokenAtOrAfter(q.inner().begin());
    if (first >= s.size()) return Optional.empty();
    for (int at = first, steps = 0; at >= 0 && steps < 8; at = s.tree().head(at), steps++) {
      Token t = s.token(at);
      if (steps > 0 && !QuoteMarks.inside(t, quoted) && t.isVerb()) {
        Optional<String> verb = lexicon.speechVerb(s, at);
        if (verb.isPresent()) {
          for (int subj : newsgraph.nlp.ClauseReader.subjects(s, at)) {
            Optional<Mention> m = ed.at(s.index(), subj);
            if (m.isPresent() && Clauses.usableActor(m.get()) && !QuoteMarks.inside(s.token(subj), quoted))
              return Optional.of(new Attribution(List.of(ed.actor(m.get())), verb.get(), "quote.speech-subject"));
          }
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Sentence> sentenceOf(AnnotatedDocument doc, int offset) {
    for (Sentence s : doc.sentences()) if (s.span().begin() <= offset && offset < s.span().end()) return Optional.of(s);
    for (Sentence s : doc.sentences()) if (s.span().begin() >= offset) return Optional.of(s);
    return Optional.empty();
  }

  /** "…," Mr. Putin said / "…," said the minister / "…," he told reporters / "…," the paper said. */
  private Optional<Attribution> after(EntityDocument ed, Sentence quoteSentence, QuoteMarks.Quoted q) {
    AnnotatedDocument doc = ed.doc();
    Sentence s = sentenceOf(doc, q.outer().end() - 1).orElse(quoteSentence);
    int i = s.tokenAtOrAfter(q.outer().end());
    if (i >= s.size() && s.index() + 1 < doc.sentences().size()) {
      Sentence next = doc.sentences().get(s.index() + 1);
      if (next.paragraph() != s.paragraph() || !Character.isLowerCase(next.token(0).word().charAt(0))) return Optional.empty();
      s = next;
      i = 0;
    }
    while (i < s.size() && s.token(i).is(",", "\"", "''", "\u2014", "-")) i++;
    if (i >= s.size()) return Optional.empty();
    Optional<String> verb = lexicon.speechVerb(s, i);
    if (verb.isPresent()) {
      int afterVerb = i + s.token(i).word().split(" ").length;
      Optional<Mention> m = Clauses.actorAt(ed, s, afterVerb);
      if (m.isPresent()) return Optional.of(attribution(ed, m.get(), verb.get(), "quote.after"));
    }
    // "…," Yu Jie, senior fellow at Chatham House, said: the actor first, its apposition, then the verb
    Optional<Mention> first = Clauses.actorAt(ed, s, i);
    if (first.isPresent() && first.get().end() < s.size() && s.token(first.get().end()).is(",")) {
      for (int j = first.get().end() + 1; j < Math.min(s.size(), first.get().end() + 25); j++) {
        if (s.token(j).is("\"")) break;
        Optional<String> v = lexicon.speechVerb(s, j);
        if (v.isPresent() && s.token(j - 1).is(",")) return Optional.of(attribution(ed, first.get(), v.get(), "quote.after"));
      }
    }
    final Sentence fs = s;
    for (int j = i; j < Math.min(s.size(), i + 7); j++) {
      Optional<String> v = lexicon.speechVerb(s, j);
      if (v.isEmpty()) continue;
      final int vj = j;
      if (v.get().equals("quote")) {
        // "…," TASS quoted Wang as saying: the one quoted, not the agency
        Optional<Mention> quotedOne = Clauses.actorAt(ed, s, j + 1);
        if (quotedOne.isPresent()) return Optional.of(attribution(ed, quotedOne.get(), "say", "quote.after"));
      }
      Optional<Mention> m = Clauses.subjectBefore(ed, s, j).filter(x -> x.first() >= firstAfter(fs, q) - 1)
          .or(() -> Clauses.documentBefore(ed, fs, vj));
      if (m.isPresent()) return Optional.of(attribution(ed, m.get(), v.get(), "quote.after"));
      List<Entity> joint = Clauses.jointIssuers(ed, s, j);
      if (!joint.isEmpty()) return Optional.of(new Attribution(joint, v.get(), "quote.joint-statement"));
      if (j > 0 && s.token(j - 1).is("it") && j - 1 == firstAfter(s, q)) {
        // ""…," it said": a body speaks, the one last named
        Optional<Mention> body = Clauses.issuingBody(ed, s.index());
        if (body.isPresent()) return Optional.of(attribution(ed, body.get(), v.get(), "quote.it-said"));
      }
      break;
    }
    return Optional.empty();
  }

  private static int firstAfter(Sentence s, QuoteMarks.Quoted q) {
    return s.tokenAtOrAfter(q.outer().end());
  }

  /** X said: "…" / X said that … "…" / the diplomat described the ties as "…": the nearest speech verb before. */
  private Optional<Attribution> before(EntityDocument ed, Sentence s, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> all) {
    int open = s.tokenEndingBy(q.outer().begin() + 1);
    int limit = 0;
    for (QuoteMarks.Quoted other : all)
      if (other.outer().end() <= q.outer().begin() && other.outer().end() > s.span().begin())
        limit = Math.max(limit, s.tokenAtOrAfter(other.outer().end()));
    for (int v = Math.min(open, s.size() - 1); v >= 0; v--) {
      if (s.token(v).span().begin() >= q.outer().begin()) continue;
      if (QuoteMarks.inside(s.token(v), all)) continue;
      Optional<String> verb = lexicon.speechVerb(s, v);
      if (verb.isEmpty() || !s.token(v).isVerb() && !s.token(v).lower().endsWith("ed") && !s.token(v).lower().equals("said")) continue;
      Optional<Mention> m = subjectOfSpeech(ed, s, v, all, 0);
      // "said Mr. Putin:" names the speaker after the verb; "telling Xi," names the one spoken to
      if (m.isEmpty() && v >= limit && !ADDRESSING_VERBS.contains(verb.get()))
        m = Clauses.actorAt(ed, s, v + 1).filter(x -> s.token(x.end() < s.size() ? x.end() : x.end() - 1).is(":", ","));
      if (m.isEmpty() && ADDRESSING_VERBS.contains(verb.get())) {
        // "He ended his remarks by telling Xi, "…"": the subject of the clause the verb completes
        List<Integer> chain = newsgraph.nlp.ClauseReader.scope(s, v);
        for (int subj : newsgraph.nlp.ClauseReader.subjects(s, chain.get(chain.size() - 1))) {
          Optional<Mention> sm = ed.at(s.index(), subj);
          if (sm.isPresent() && Clauses.usableActor(sm.get())) {
            m = sm;
            break;
          }
        }
      }
      if (m.isPresent()) return Optional.of(attribution(ed, m.get(), verb.get(), "quote.before"));
      List<Entity> pair = Clauses.thePair(ed, s, v);
      if (!pair.isEmpty()) return Optional.of(new Attribution(pair, verb.get(), "quote.pair"));
      if (v < limit) break;
    }
    return Optional.empty();
  }

  /** The subject of a speech verb; a participle after a comma ("…, adding that") takes the main clause's. */
  private Optional<Mention> subjectOfSpeech(EntityDocument ed, Sentence s, int v, List<QuoteMarks.Quoted> all, int depth) {
    // "the newspaper quoted Zhang as saying": the one quoted speaks
    if (v > 0 && s.token(v - 1).is("as") && s.token(v).lower().endsWith("ing")) {
      for (int u = v - 2; u >= 0 && u > v - 30; u--) {
        if (s.token(u).is("quoted", "quotes", "quoting", "cited", "cites", "citing")) {
          Optional<Mention> quotedOne = Clauses.actorAt(ed, s, u + 1);
          if (quotedOne.isPresent()) return quotedOne;
        }
      }
    }
    Optional<Mention> m = Clauses.subjectBefore(ed, s, v).or(() -> Clauses.documentBefore(ed, s, v));
    if (m.isEmpty() && depth < 2 && v > 1 && s.token(v - 1).is("and")) {
      // "Wang reaffirmed China's support and said…": the subject of the first of the coordinated verbs
      for (int u = v - 2; u >= 0; u--) {
        if ("VERB".equals(s.token(u).pos()) && !QuoteMarks.inside(s.token(u), all)) {
          Optional<Mention> first = Clauses.subjectBefore(ed, s, u);
          if (first.isPresent()) return first;
          break;
        }
      }
    }
    if (depth < 2 && THOUGHT_VERBS.contains(lexicon.speechVerb(s, v).orElse(""))) {
      // "Wang said that … and that China hopes "…"": the one who says it, not the one said to hope
      for (int u = v - 1; u >= 0; u--) {
        Optional<String> outer = lexicon.speechVerb(s, u);
        if (outer.isPresent() && !THOUGHT_VERBS.contains(outer.get()) && s.token(u).isVerb()) {
          Optional<Mention> speaker = subjectOfSpeech(ed, s, u, all, depth + 1);
          if (speaker.isPresent()) return speaker;
        }
      }
    }
    if (m.isPresent() && !s.token(v).lower().endsWith("ing")) return m;
    if (depth < 2 && s.token(v).lower().endsWith("ing") && v > 0 && s.token(v - 1).is(",")) {
      for (int u = v - 2; u >= 0; u--) {
        if (lexicon.speechVerb(s, u).isPresent() && s.token(u).isVerb()) {
          Optional<Mention> main = subjectOfSpeech(ed, s, u, all, depth + 1);
          if (main.isPresent()) return main;
        }
      }
      // the tree's subject of the clause the participle hangs on, else the sentence's first actor
      for (int subj : newsgraph.nlp.ClauseReader.subjects(s, v)) {
        Optional<Mention> tm = ed.at(s.index(), subj);
        if (tm.isPresent() && Clauses.usableActor(tm.get())) return tm;
      }
      return firstActor(ed, s);
    }
    if (depth < 2 && s.token(v).lower().endsWith("ing") && v > 0 && s.token(v - 1).is("with")) {
      // "China has denied it, with Foreign Minister Qin Gang saying…": the actor right after "with"
      return Optional.empty();
    }
    return m;
  }

  /** The sentence's first actor, the longest mention where several start together ("U.S. Secretary X", not "U.S."). */
  private static Optional<Mention> firstActor(EntityDocument ed, Sentence s) {
    Mention best = null;
    for (Mention m : ed.mentionsIn(s.index()))
      if (Clauses.usableActor(m) && (best == null || m.first() == best.first() && m.end() > best.end())) best = m;
    return Optional.ofNullable(best);
  }

  /** "according to X" anywhere in the sentence. */
  private Optional<Attribution> accordingTo(EntityDocument ed, Sentence s) {
    return accordingSource(ed, s).map(m -> attribution(ed, m, "according to", "quote.according-to"));
  }

  /** X of the sentence's "according to X": the actor right after it. */
  private static Optional<Mention> accordingSource(EntityDocument ed, Sentence s) {
    for (int i = 0; i + 2 < s.size(); i++)
      if (s.token(i).lower().equals("according") && s.token(i + 1).is("to")) {
        Optional<Mention> m = Clauses.actorAt(ed, s, i + 2);
        if (m.isPresent()) return m;
      }
    return Optional.empty();
  }


  /** A paragraph-opening quote after a sentence that ends "He said:". */
  private Optional<Attribution> colonIntro(EntityDocument ed, QuoteMarks.Quoted q) {
    AnnotatedDocument doc = ed.doc();
    Sentence first = sentenceOf(doc, q.outer().begin()).orElse(null);
    if (first == null || first.index() == 0) return Optional.empty();
    Sentence prev = doc.sentences().get(first.index() - 1);
    int last = prev.size() - 1;
    if (last < 1 || !prev.token(last).is(":")) return Optional.empty();
    for (int v = last - 1; v >= 0; v--) {
      Optional<String> verb = lexicon.speechVerb(prev, v);
      if (verb.isPresent()) {
        Optional<Mention> m = Clauses.subjectBefore(ed, prev, v);
        if (m.isPresent()) return Optional.of(attribution(ed, m.get(), verb.get(), "quote.colon"));
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker a sieve found, with the actors coordinated before it ("Weber and Novak said", "X,
   * Y and Z said": each of them speaks).
   */
  private static Attribution attribution(EntityDocument ed, Mention m, String verb, String rule) {
    List<Entity> speakers = new ArrayList<>(Clauses.coordinatedBefore(ed, ed.doc().sentences().get(m.sentence()), m));
    speakers.add(ed.actor(m));
    return new Attribution(List.copyOf(speakers), verb, rule);
  }

  /** Reported clauses: "X said (that) CLAUSE", "X told reporters CLAUSE", "X denied CLAUSE". */
  private List<Quote> indirect(EntityDocument ed, List<QuoteMarks.Quoted> quoted) {
    AnnotatedDocument doc = ed.doc();
    List<Quote> out = new ArrayList<>();
    Set<Span> seen = new LinkedHashSet<>();
    for (Sentence s : doc.sentences()) {
      for (int v = 0; v < s.size(); v++) {
        Token verbToken = s.token(v);
        if (QuoteMarks.inside(verbToken, quoted)) continue;
        Optional<String> verb = lexicon.speechVerb(s, v);
        if (verb.isEmpty() || !INDIRECT_VERBS.contains(verb.get())) continue;
        if (!verbToken.isVerb()) continue;
        Optional<Mention> speaker = subjectOfSpeech(ed, s, v, quoted, 0);
        if (speaker.isEmpty()) continue;
        int c = v + verbToken.word().split(" ").length;
        Entity addressee = null;
        if (verb.get().equals("tell")) {
          Optional<Mention> to = Clauses.actorAt(ed, s, c);
          if (to.isPresent()) {
            addressee = ed.actor(to.get());
            c = to.get().end();
          }
        }
        if (c >= s.size()) continue;
        if (!s.token(c).is("that") && "ADP".equals(s.token(c).pos()) || s.token(c).is("before", "after", "while", "without", "when")) {
          // "said in a speech to leaders that…": the clause starts after "that"; "said in Pretoria" reports nothing
          int that = -1;
          for (int k = c; k < Math.min(s.size(), c + 20) && that < 0; k++) {
            if (s.token(k).is("that")) that = k;
            else if ("VERB".equals(s.token(k).pos()) || s.token(k).is("\"", ",")) break;
          }
          if (that < 0) continue;
          c = that + 1;
        }
        while (c < s.size() && (ADDRESSEE_SKIP.contains(s.token(c).lower()) || Clauses.GAP_WORDS.contains(s.token(c).lower())
            || "NUM".equals(s.token(c).pos()) || s.token(c).is("Feb.", "Jan.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."))) {
          if (s.token(c).is("that")) {
            c++;
            break;
          }
          // a determiner opens the reported clause ("said the attack…") unless a skipped phrase follows ("told the media")
          if (s.token(c).is("the", "a", "an", "his", "her", "their", "its") && c + 1 < s.size()
              && !ADDRESSEE_SKIP.contains(s.token(c + 1).lower())) break;
          c++;
        }
        if (c >= s.size() || s.token(c).is(":", "\"", ".", "''", ",")) continue;
        if (objectNotClause(s, v, c)) continue;
        int end = clauseEnd(s, c);
        if (end - c < 3 || !hasFiniteVerb(s, c, end) || !hasVerb(s, c + 1, end)) continue;
        // "declared a "no limits" partnership": an object, not a clause; a clause has a subject before its verb
        if (!(c > 0 && s.token(c - 1).is("that")) && !hasSubjectAndVerb(s, c, end)) continue;
        Span span = new Span(s.token(c).span().begin(), s.token(end - 1).span().end());
        if (!seen.add(span)) continue;
        out.add(new Quote(span, span.of(doc.text()), QuoteKind.INDIRECT, attribution(ed, speaker.get(), verb.get(), "").speakers(),
            verb.get(), addressee, new Evidence(doc.article().id(), new Span(verbToken.span().begin(), span.end()), s.span(),
            "quote.indirect")));
      }
      trailingReport(ed, s, quoted).filter(q -> seen.add(q.span())).ifPresent(out::add);
    }
    return out;
  }

  /** "CLAUSE, the ministry said." / "CLAUSE, said Trudeau, whose…": the clause before the reporting comma. */
  private Optional<Quote> trailingReport(EntityDocument ed, Sentence s, List<QuoteMarks.Quoted> quoted) {
    if (s.size() < 6 || s.token(0).is("\"") || QuoteMarks.inside(s.token(0), quoted)) return Optional.empty();
    for (int c = 3; c < s.size() - 1; c++) {
      if (!s.token(c).is(",")) continue;
      Optional<Mention> speaker = Optional.empty();
      String verb = null;
      int verbAt = -1;
      Optional<String> inverted = lexicon.speechVerb(s, c + 1);
      if (s.token(c + 1).lower().endsWith("ing")) continue; // "…, saying X's game…" reports what follows
      if (inverted.isPresent() && INDIRECT_VERBS.contains(inverted.get())) {
        speaker = Clauses.actorAt(ed, s, c + 2);
        verb = inverted.get();
      } else {
        Optional<Mention> actor = Clauses.actorAt(ed, s, c + 1);
        if (actor.isPresent() && actor.get().end() < s.size()) {
          int at = actor.get().end();
          // "…, the AU's envoy for the region, former President X, said": the name closes an apposition
          if (s.token(at).is(",") && at + 1 < s.size() && lexicon.speechVerb(s, at + 1).isPresent()) at++;
          Optional<String> v = lexicon.speechVerb(s, at);
          if (v.isPresent() && INDIRECT_VERBS.contains(v.get())) {
            speaker = actor;
            verb = v.get();
            verbAt = at;
          }
        }
      }
      if (speaker.isEmpty()) continue;
      // the reporting clause closes the sentence ("…, the ministry said." / "…, said Trudeau, whose…")
      int after = inverted.isPresent() ? speaker.get().end() : verbAt + 1;
      // "…, the ministry said today.": a time closes it too
      if (after < s.size() && WordSets.get().contains("time-nouns", s.token(after))) after++;
      if (after < s.size() && !s.token(after).isPunct() && !"ADP".equals(s.token(after).pos())) continue;
      // the reported part is a clause of its own: not "According to X," or "Speaking in Y,"
      Token first = s.token(0);
      // "…, the AU's envoy for the region, former President X, said": the clause ends where the description starts
      int reportedEnd = !inverted.isPresent() && verbAt > speaker.get().end() ? appositionStart(s, c) : c;
      if ("ADP".equals(first.pos()) || "SCONJ".equals(first.pos()) || first.lower().endsWith("ing")
          || !hasFiniteVerb(s, 0, reportedEnd) || lexicon.speechVerb(s, 0).isPresent()) return Optional.empty();
      int begin = 0;
      int datelineEnd = Dateline.end(s.span().of(ed.doc().normalized()));
      if (datelineEnd > 0) begin = s.tokenAtOrAfter(s.span().begin() + datelineEnd);
      while (begin < reportedEnd && s.token(begin).isPunct()) begin++;
      if (begin >= reportedEnd) return Optional.empty();
      Span span = new Span(s.token(begin).span().begin(), s.token(reportedEnd - 1).span().end());
      return Optional.of(new Quote(span, span.of(ed.doc().text()), QuoteKind.INDIRECT, List.of(ed.actor(speaker.get())),
          verb, null, new Evidence(ed.doc().article().id(), s.span(), s.span(), "quote.indirect-trailing")));
    }
    return Optional.empty();
  }

  /**
   * Whether the tree reads the words at {@code c} as the verb's direct object and gives the verb
   * no clause: "Though China has emphasized its close ties with Moscow, it also…" reports ties,
   * not speech (the clause after the comma is the sentence's own).
   */
  private static boolean objectNotClause(Sentence s, int v, int c) {
    if (newsgraph.nlp.ClauseReader.complement(s, v) >= 0) return false;
    int object = newsgraph.nlp.ClauseReader.child(s, v, java.util.Set.of("dobj"));
    if (object < 0) return false;
    int[] extent = s.tree().extent(object);
    if (c < extent[0] || c > extent[1]) return false;
    // the object ends before a comma and a clause of the sentence's own follows
    return extent[1] + 1 < s.size() && s.token(extent[1] + 1).is(",");
  }

  /**
   * The comma that opens the appositions ending at comma {@code c}: in "X agreed to end the war,
   * the AU's envoy for the region, former President Y, said" the speaker's description starts at
   * the first comma after the clause. A stretch between commas with no verb is a description.
   */
  private static int appositionStart(Sentence s, int c) {
    int start = c;
    for (int k = c - 1; k > 0; k--) {
      if (s.token(k).isVerb()) break;
      if (s.token(k).is(",")) start = k;
    }
    return start;
  }

  /**
   * Where ", and" starts what the report does not cover: a second predicate without a subject of
   * its own ("they are strong supporters of Ukraine, and have taken steps…") or a circumstance
   * (", and as the administration backed…"); -1 when nothing of the kind follows.
   */
  private static int coordinatedTail(Sentence s, int from, int to) {
    for (int i = from + 2; i + 2 <= to; i++) {
      if (!s.token(i).is(",")) continue;
      // ",\" and as…": a quotation that closes with the comma ends before the "and" too
      int and = i + 1 < to && s.token(i + 1).is("\"", "''") ? i + 2 : i + 1;
      if (and + 1 > to || !s.token(and).is("and")) continue;
      Token next = s.token(and + 1);
      if (next.isVerb() || "AUX".equals(next.pos()) || next.is("as", "while", "when", "after", "before", "amid")) return i;
    }
    return -1;
  }

  private static int clauseEnd(Sentence s, int from) {
    int end = s.size();
    int tail = coordinatedTail(s, from, s.size() - 1);
    if (tail > 0) end = tail;
    for (int i = from + 1; i < end; i++) {
      Token t = s.token(i);
      if (t.is(";") || (t.is(",") && i + 1 < s.size() && s.token(i + 1).is("adding", "something", "according", "saying",
          "while", "which", "but", "although", "even", "with")) || (t.is("and") && i + 1 < s.size() && s.token(i + 1).is("that"))
          || t.is(",") && reportingClauseFollows(s, i + 1)) {
        end = i;
        break;
      }
      if (t.is("and") && i + 1 < s.size() && s.token(i + 1).is("\"")) {
        end = i; // "… never before and "the world has come…"": the rest is a direct quote
        break;
      }
      if (t.is("\u2014") && i + 1 < s.size()) {
        end = i;
        break;
      }
    }
    while (end > from && s.token(end - 1).isPunct()) end--;
    return end;
  }

  private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON", "NUM");

  private static boolean hasSubjectAndVerb(Sentence s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      Token t = s.token(i);
      if (!("AUX".equals(t.pos()) || "VERB".equals(t.pos()) && !t.lower().endsWith("ing"))) continue;
      int p = i - 1;
      while (p > from && "ADV".equals(s.token(p).pos())) p--; // "it ever planned"
      if (SUBJECT_TAGS.contains(s.token(p).pos())) return true;
    }
    return false;
  }

  private static boolean hasFiniteVerb(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      if ("AUX".equals(t.pos()) || "VERB".equals(t.pos()) && !t.lower().endsWith("ing") && i > from) return true;
    }
    return false;
  }

  /** ", the statement said." / ", officials said." closing the sentence. */
  private static boolean reportingClauseFollows(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 5); k++) {
      if (s.token(k).is("said", "says", "added", "reported", "told")) {
        int end = k + 1;
        while (end < s.size() && (s.token(end).isPunct() || s.token(end).is("on", "in", "a", "statement", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))) end++;
        return end >= s.size();
      }
    }
    return false;
  }

  private static boolean hasVerb(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) if (s.token(i).isVerb()) return true;
    return false;
  }
}
