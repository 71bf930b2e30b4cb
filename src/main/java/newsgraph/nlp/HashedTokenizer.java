package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy tokenizer ({@link TokenizerME#tokenizePos}) with its features hashed
 * where they are made ({@link TokenFeatures}) instead of built as strings: each whitespace-separated
 * word that is not plain letters or plain digits is split wherever the model says so, asking it
 * at every character after the first. Same spans as {@code TokenizerME} on the same model
 * ({@code FastPathsTest}); it leaves out the token probabilities, which nothing here uses, and
 * needs a model without an abbreviation dictionary (the English model has none).
 * Not thread-safe (reuses buffers): one per thread.
 */
final class HashedTokenizer {
  /** Words the model never splits, so it is not asked about them. */
  static final Pattern PLAIN_WORD = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

  private final FastGisModel model;
  private final boolean skipPlainWords;
  private final int split;
  private final TokenFeatures features = new TokenFeatures();
  private final double[] probabilities;

  /** A tokenizer on a model that {@link #suits} this decoder. */
  HashedTokenizer(TokenizerModel tokenizerModel) {
    this.model = (FastGisModel) tokenizerModel.getMaxentModel();
    this.skipPlainWords = tokenizerModel.useAlphaNumericOptimization();
    this.split = model.getIndex(TokenizerME.SPLIT);
    this.probabilities = new double[model.getNumOutcomes()];
  }

  /**
   * Whether this tokenizer can stand in for {@code TokenizerME} on the model: not when the model is
   * not a {@link FastGisModel}, has an abbreviation dictionary, skips words other than
   * {@link #PLAIN_WORD} ones, or was trained with features other than OpenNLP's default ones.
   */
  static boolean suits(TokenizerModel tokenizerModel) {
    return tokenizerModel.getMaxentModel() instanceof FastGisModel && tokenizerModel.getAbbreviations() == null
        && (!tokenizerModel.useAlphaNumericOptimization()
            || tokenizerModel.getFactory().getAlphaNumericPattern().pattern().equals(PLAIN_WORD.pattern()))
        && TokenFeatures.match(tokenizerModel.getFactory().getContextGenerator());
  }

  Span[] tokenizePos(String text) {
    List<Span> tokens = new ArrayList<>();
    for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
      String w = text.substring(word.getStart(), word.getEnd());
      if (w.length() < 2 || skipPlainWords && isPlain(w)) {
        tokens.add(word);
        continue;
      }
      int start = word.getStart(), end = word.getEnd();
      for (int j = start + 1; j < end; j++) {
        int n = features.at(w, j - word.getStart());
        if (FastGisModel.best(model.eval(features.fingerprints(), n, probabilities)) == split) {
          tokens.add(new Span(start, j));
          start = j;
        }
      }
      if (start < end) tokens.add(new Span(start, end));
    }
    return tokens.toArray(new Span[0]);
  }

  /** {@link #PLAIN_WORD}, tested by hand. */
  private static boolean isPlain(String w) {
    return allAsciiLetters(w) || allDigits(w);
  }

  private static boolean allAsciiLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) return false;
    }
    return true;
  }

  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
}
