package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy sentence detector ({@link SentenceDetectorME#sentPosDetect}) with its
 * features hashed where they are made ({@link SentenceFeatures}) instead of built as strings: the
 * model is asked at every end character (".", "!", "?") that ends a word or precedes a capital, and
 * a sentence ends after the word it ends. Same spans as {@code SentenceDetectorME} on the same
 * model ({@code FastPathsTest}); it leaves out the sentence probabilities, which nothing here uses,
 * and needs a model without an abbreviation dictionary (the English model has none).
 * Not thread-safe (reuses buffers): one per thread.
 */
final class HashedSentenceDetector {
  private final FastGisModel model;
  private final SentenceFeatures features;
  private final boolean useTokenEnd;
  private final int split;
  private final double[] probabilities;

  /** A detector on a model that {@link #suits} it. */
  HashedSentenceDetector(SentenceModel sentenceModel) {
    this.model = (FastGisModel) sentenceModel.getMaxentModel();
    this.features = new SentenceFeatures(endCharacters(sentenceModel));
    this.useTokenEnd = sentenceModel.useTokenEnd();
    this.split = model.getIndex(SentenceDetectorME.SPLIT);
    this.probabilities = new double[model.getNumOutcomes()];
  }

  /**
   * Whether this detector can stand in for {@code SentenceDetectorME} on the model: not when the
   * model is not a {@link FastGisModel}, has an abbreviation dictionary, or has a context
   * generator other than OpenNLP's default one.
   */
  static boolean suits(SentenceModel sentenceModel) {
    return sentenceModel.getMaxentModel() instanceof FastGisModel && sentenceModel.getAbbreviations() == null
        && sentenceModel.getFactory().getSDContextGenerator().getClass() == DefaultSDContextGenerator.class;
  }

  /** The end characters the model's scanner looks for. */
  static char[] endCharacters(SentenceModel sentenceModel) {
    var ends = sentenceModel.getFactory().getEndOfSentenceScanner().getEOSCharacters();
    char[] out = new char[ends.size()];
    int i = 0;
    for (char c : ends) out[i++] = c;
    return out;
  }

  Span[] sentPosDetect(String text) {
    char[] s = text.toCharArray(); // array reads: less code for the JIT than String.charAt's two encodings
    List<Integer> enders = new ArrayList<>();
    for (int i = 0; i < s.length; i++) if (features.isEnd(s[i])) enders.add(i);
    List<Integer> starts = new ArrayList<>(enders.size());
    for (int i = 0, afterLastBreak = 0; i < enders.size(); i++) {
      int end = enders.get(i);
      // within a word only its last end character counts, unless a capital follows ("Gedanken.Bek.")
      if (i + 1 < enders.size() && enders.get(i + 1) < firstWhitespace(s, end + 1)
          && (end + 1 >= s.length || !Character.isUpperCase(s[end + 1]))) continue;
      if (!starts.isEmpty() && end < starts.get(starts.size() - 1)) continue;
      int n = features.at(s, end);
      if (FastGisModel.best(model.eval(features.fingerprints(), n, probabilities)) == split) {
        if (afterLastBreak != end)
          starts.add(firstNonWhitespace(s, useTokenEnd ? firstWhitespace(s, end + 1) : end + 1));
        afterLastBreak = end + 1;
      }
    }
    return spans(text, starts);
  }

  /** The sentences between the starts, trimmed, with the rest of the text after the last one. */
  private static Span[] spans(String s, List<Integer> starts) {
    List<Span> spans = new ArrayList<>(starts.size() + 1);
    int start = 0;
    for (int end : starts) {
      add(spans, new Span(start, end).trim(s));
      start = end;
    }
    if (start != s.length() || starts.isEmpty()) add(spans, new Span(start, s.length()).trim(s));
    return spans.toArray(new Span[0]);
  }

  private static void add(List<Span> spans, Span span) {
    if (span.length() > 0) spans.add(span);
  }

  private static int firstWhitespace(char[] s, int pos) {
    while (pos < s.length && !SentenceFeatures.isWhitespace(s[pos])) pos++;
    return pos;
  }

  private static int firstNonWhitespace(char[] s, int pos) {
    while (pos < s.length && SentenceFeatures.isWhitespace(s[pos])) pos++;
    return pos;
  }
}
