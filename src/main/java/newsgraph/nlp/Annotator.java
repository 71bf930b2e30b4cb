package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import newsgraph.corpus.Article;
import newsgraph.pipeline.StageTimes;
import newsgraph.pipeline.StageTimes.Stage;

/**
 * Splits an article's kept paragraphs into sentences and tokens and tags parts of speech.
 * Consumes an {@link Article} and its paragraph spans, produces an {@link AnnotatedDocument}.
 * Not thread-safe: OpenNLP's ME classes keep state, so use one Annotator per thread.
 */
public final class Annotator {
  private final HashedSentenceDetector sentences;
  private final HashedTokenizer tokenizer;
  private final GreedyTagger tagger;
  private final Lemmatizer lemmatizer = Lemmatizer.get();
  private final VerbTagRepair verbs = new VerbTagRepair(lemmatizer);
  private static final NameTagRepair names = NameTagRepair.load();
  private final DependencyParser parser = DependencyParser.get();
  private final StageTimes times;

  public Annotator(NlpModels models) {
    this(models, new StageTimes());
  }

  /** An annotator that adds the time of its parts (sentences, tokens, tags) to {@code times}. */
  public Annotator(NlpModels models, StageTimes times) {
    this.times = times;
    sentences = models.newSentenceDetector();
    tokenizer = models.newTokenizer();
    tagger = GreedyTagger.of(models.pos, models.posWeights);
  }

  public AnnotatedDocument annotate(Article article, List<Span> paragraphs) {
    String normalized = TextNormalizer.normalize(article.text());
    // each part runs over the whole article in turn, so that its CPU time is read three times an
    // article rather than three times a sentence (a reading costs about a microsecond)
    long t0 = StageTimes.now();
    List<Span> found = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      for (opennlp.tools.util.Span s : splitSentences(para.of(normalized))) {
        found.add(new Span(para.begin() + s.getStart(), para.begin() + s.getEnd()));
        paragraphOf.add(p);
      }
    }
    t0 = times.since(Stage.SENTENCES, t0);
    List<opennlp.tools.util.Span[]> tokenSpans = new ArrayList<>(found.size());
    List<String[]> words = new ArrayList<>(found.size());
    for (Span sentence : found) {
      String text = sentence.of(normalized);
      opennlp.tools.util.Span[] spans = splitTokens(text);
      String[] w = new String[spans.length];
      for (int i = 0; i < spans.length; i++) w[i] = spans[i].getCoveredText(text).toString();
      tokenSpans.add(spans);
      words.add(w);
    }
    t0 = times.since(Stage.TOKENS, t0);
    List<String[]> tags = new ArrayList<>(found.size());
    for (String[] w : words) {
      String[] t = tagger.tag(w);
      names.repair(w, t);
      verbs.repair(w, t);
      tags.add(t);
    }
    t0 = times.since(Stage.TAGS, t0);
    List<Sentence> result = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      // a build that gave up on this article interrupts its worker: the rest of its sentences are not parsed
      if (Thread.currentThread().isInterrupted()) break;
      List<Token> tokens = tokens(found.get(k), tokenSpans.get(k), words.get(k), tags.get(k));
      if (!tokens.isEmpty())
        result.add(new Sentence(result.size(), paragraphOf.get(k), found.get(k), tokens, parser.parse(tokens)));
    }
    times.since(Stage.PARSE, t0);
    return new AnnotatedDocument(article, normalized, paragraphs, result);
  }

  /** OpenNLP's sentences, rejoined where it split after an abbreviation ("on Feb. 22", "the U.S. hegemony"). */
  private List<opennlp.tools.util.Span> splitSentences(String paraText) {
    List<opennlp.tools.util.Span> out = new ArrayList<>();
    for (opennlp.tools.util.Span s : sentences.sentPosDetect(paraText)) {
      if (!out.isEmpty() && continuesAbbreviation(paraText, out.get(out.size() - 1), s)) {
        opennlp.tools.util.Span prev = out.remove(out.size() - 1);
        out.add(new opennlp.tools.util.Span(prev.getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  // both patterns read only the previous sentence's last word: matching that word alone, not
  // searching the whole sentence, gives the same answer for a fraction of the work
  private static final java.util.regex.Pattern ALWAYS_JOINS = java.util.regex.Pattern.compile(
      "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|No|Prof|Jr|Sr|vs)\\.");
  /** "U.S." and "Gen." keep their period. */
  private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("(?:[A-Za-z]\\.)+");
  private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[A-Z][a-z]{0,3}\\.");
  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:[A-Z]\\.){2,}");

  private static boolean continuesAbbreviation(String text, opennlp.tools.util.Span prev, opennlp.tools.util.Span next) {
    if (next.getStart() == next.getEnd()) return false;
    char first = text.charAt(next.getStart());
    int end = prev.getEnd();
    if (ALWAYS_JOINS.matcher(text).region(lastWordStart(text, prev.getStart(), end, false), end).matches()) return true;
    return INITIALS.matcher(text).region(lastWordStart(text, prev.getStart(), end, true), end).matches()
        && (Character.isLowerCase(first) || Character.isDigit(first));
  }

  /**
   * Where the last word of {@code text[from, to)} starts: after the last whitespace (as the regex
   * {@code \s} means it) or, with {@code orOpening}, an opening bracket or quote; or at {@code from}.
   */
  private static int lastWordStart(String text, int from, int to, boolean orOpening) {
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (TextNormalizer.isRegexSpace(c) || orOpening && (c == '(' || c == '"')) return i + 1;
    }
    return from;
  }

  private List<Token> tokens(Span sentence, opennlp.tools.util.Span[] spans, String[] words, String[] tags) {
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span span = new Span(sentence.begin() + spans[i].getStart(), sentence.begin() + spans[i].getEnd());
      tokens.add(new Token(i, span, words[i], tags[i], lemmatizer.lemma(words[i], tags[i])));
    }
    return tokens;
  }

  /** OpenNLP tokens, with a quote mark or dash glued to a word split off (scraped text often has both). */
  private opennlp.tools.util.Span[] splitTokens(String text) {
    List<opennlp.tools.util.Span> out = new ArrayList<>();
    for (opennlp.tools.util.Span s : tokenizer.tokenizePos(text)) {
      int b = s.getStart(), e = s.getEnd();
      while (b < e - 1 && isSplittable(text.charAt(b))) {
        out.add(new opennlp.tools.util.Span(b, b + 1));
        b++;
      }
      List<opennlp.tools.util.Span> tail = new ArrayList<>();
      while (e > b + 1 && isSplittable(text.charAt(e - 1))) {
        tail.add(0, new opennlp.tools.util.Span(e - 1, e));
        e--;
      }
      int clitic = contraction(text, b, e);
      // "China's" comes back as one token: the possessive is a token of its own
      if (e - b > 2 && text.charAt(e - 2) == '\'' && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
          && Character.isLetter(text.charAt(e - 3))) {
        out.add(new opennlp.tools.util.Span(b, e - 2));
        out.add(new opennlp.tools.util.Span(e - 2, e));
      } else if (clitic > 0) {
        // "I'm", "we're", "they've", "don't": the clitic is a token of its own
        out.add(new opennlp.tools.util.Span(b, e - clitic));
        out.add(new opennlp.tools.util.Span(e - clitic, e));
      } else if (e - b > 2 && text.charAt(e - 1) == '\'' && text.charAt(e - 2) == 's') {
        out.add(new opennlp.tools.util.Span(b, e - 1));
        out.add(new opennlp.tools.util.Span(e - 1, e));
      } else {
        out.add(new opennlp.tools.util.Span(b, e));
      }
      out.addAll(tail);
    }
    List<opennlp.tools.util.Span> joined = joinHyphenated(text, out);
    // a sentence's final period glued to its last word ("Patrushev.") is a token of its own; "U.S." keeps its own
    if (!joined.isEmpty()) {
      opennlp.tools.util.Span last = joined.get(joined.size() - 1);
      String word = text.substring(last.getStart(), last.getEnd());
      if (word.length() > 2 && word.endsWith(".") && !INITIALISM.matcher(word).matches() && !ABBREVIATION.matcher(word).matches()) {
        joined.set(joined.size() - 1, new opennlp.tools.util.Span(last.getStart(), last.getEnd() - 1));
        joined.add(new opennlp.tools.util.Span(last.getEnd() - 1, last.getEnd()));
      }
    }
    return joined.toArray(new opennlp.tools.util.Span[0]);
  }

  /** The length of a clitic at the end of the word ("'m", "'re", "'ve", "'ll", "'d", "n't"), or 0. */
  private static int contraction(String text, int b, int e) {
    for (String c : CLITICS) {
      int at = e - c.length();
      if (at > b && text.regionMatches(true, at, c, 0, c.length()) && Character.isLetter(text.charAt(at - 1))) return c.length();
    }
    return 0;
  }

  private static final String[] CLITICS = {"'m", "'re", "'ve", "'ll", "'d", "n't"};

  /** "Suk-" "yeol" and "Amir" "-" "Abdollahian" written without spaces are one word. */
  private static List<opennlp.tools.util.Span> joinHyphenated(String text, List<opennlp.tools.util.Span> tokens) {
    List<opennlp.tools.util.Span> out = new ArrayList<>();
    for (opennlp.tools.util.Span t : tokens) {
      if (!out.isEmpty()) {
        opennlp.tools.util.Span prev = out.get(out.size() - 1);
        boolean touching = prev.getEnd() == t.getStart();
        String prevText = text.substring(prev.getStart(), prev.getEnd());
        String word = text.substring(t.getStart(), t.getEnd());
        boolean joins = touching && (prevText.endsWith("-") && prevText.length() > 1 && Character.isLetter(prevText.charAt(0))
            || word.startsWith("-") && Character.isLetter(prevText.charAt(prevText.length() - 1)))
            && Character.isLetterOrDigit(word.charAt(word.length() - 1)) || touching && word.equals("-")
            && Character.isLetter(prevText.charAt(prevText.length() - 1));
        if (joins) {
          out.set(out.size() - 1, new opennlp.tools.util.Span(prev.getStart(), t.getEnd()));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  private static boolean isSplittable(char c) {
    return c == '"' || c == '\u2014' || c == '(' || c == ')';
  }
}
