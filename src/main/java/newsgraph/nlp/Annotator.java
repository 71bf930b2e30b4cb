package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import newsgraph.corpus.Article;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits an article's kept paragraphs into sentences and tokens and tags parts of speech.
 * Consumes an {@link Article} and its paragraph spans, produces an {@link AnnotatedDocument}.
 * Not thread-safe: OpenNLP's ME classes keep state, so use one Annotator per thread.
 */
public final class Annotator {
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  public Annotator(NlpModels models) {
    sentences = new SentenceDetectorME(models.sentence);
    tokenizer = new TokenizerME(models.tokenizer);
    tagger = new POSTaggerME(models.pos);
  }

  public AnnotatedDocument annotate(Article article, List<Span> paragraphs) {
    String normalized = TextNormalizer.normalize(article.text());
    List<Sentence> result = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      String paraText = para.of(normalized);
      for (opennlp.tools.util.Span s : splitSentences(paraText)) {
        Span sentence = new Span(para.begin() + s.getStart(), para.begin() + s.getEnd());
        List<Token> tokens = tokenize(normalized, sentence);
        if (!tokens.isEmpty()) result.add(new Sentence(result.size(), p, sentence, tokens));
      }
    }
    return new AnnotatedDocument(article, normalized, paragraphs, result);
  }

  private opennlp.tools.util.Span[] splitSentences(String paraText) {
    return sentences.sentPosDetect(paraText);
  }

  private List<Token> tokenize(String normalized, Span sentence) {
    String text = sentence.of(normalized);
    opennlp.tools.util.Span[] spans = splitTokens(text);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) words[i] = spans[i].getCoveredText(text).toString();
    String[] tags = tagger.tag(words);
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span span = new Span(sentence.begin() + spans[i].getStart(), sentence.begin() + spans[i].getEnd());
      tokens.add(new Token(i, span, words[i], tags[i]));
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
      out.add(new opennlp.tools.util.Span(b, e));
      out.addAll(tail);
    }
    return out.toArray(new opennlp.tools.util.Span[0]);
  }

  private static boolean isSplittable(char c) {
    return c == '"' || c == '\u2014' || c == '(' || c == ')';
  }
}
