package newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (1.3.0, UD EWT), loaded once from the classpath by name. The models are
 * thread-safe and shared; the ME classes that use them are not (see {@link Annotator}).
 */
public final class NlpModels {
  public static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static volatile NlpModels instance;

  final SentenceModel sentence;
  final TokenizerModel tokenizer;
  final POSModel pos;
  /** The tagger's weights laid out for {@link GreedyTagger}. */
  final FeatureWeights posWeights;

  private NlpModels() {
    try {
      SentenceModel shipped = new SentenceModel(open(SENTENCE));
      sentence = new SentenceModel(shipped.getLanguage(), FastGisModel.of(shipped.getMaxentModel()),
          new java.util.HashMap<>(), shipped.getFactory());
      if (!HashedSentenceDetector.suits(sentence))
        throw new IOException("model " + SENTENCE + " cannot run with hashed features (another kind of model,"
            + " an abbreviation dictionary, or another context generator)");
      tokenizer = wordsKept(new TokenizerModel(open(TOKENS)));
      if (!HashedTokenizer.suits(tokenizer))
        throw new IOException("model " + TOKENS + " cannot run with hashed features (another kind of model,"
            + " an abbreviation dictionary, or features other than OpenNLP's default ones)");
      pos = new POSModel(open(POS));
      posWeights = GreedyTagger.weights(pos);
      if (posWeights == null) throw new IOException("model " + POS + " is not a maximum-entropy model");
      if (!PosFeatures.match(pos.getFactory().getPOSContextGenerator(0)))
        throw new IOException("model " + POS + " was trained with features other than OpenNLP's default ones");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models", e);
    }
  }

  /**
   * The same tokenizer, told not to look inside a word of letters only or digits only. The model as
   * shipped asks its classifier at every character of every word, although it never splits such a
   * word; mixed words ("5pm", "G7") and everything with punctuation still go to the model. Same
   * tokens on the bundled articles and 2.5 times faster.
   */
  private static TokenizerModel wordsKept(TokenizerModel model) {
    var factory = new opennlp.tools.tokenize.TokenizerFactory(model.getLanguage(), null, true,
        HashedTokenizer.PLAIN_WORD);
    return new TokenizerModel(FastGisModel.of(model.getMaxentModel()), new java.util.HashMap<>(), factory);
  }

  /** A sentence detector on the shared model (not thread-safe: one per thread). */
  HashedSentenceDetector newSentenceDetector() {
    return new HashedSentenceDetector(sentence);
  }

  /** A tokenizer on the shared model (not thread-safe: one per thread). */
  HashedTokenizer newTokenizer() {
    return new HashedTokenizer(tokenizer);
  }

  public static NlpModels get() {
    NlpModels local = instance;
    if (local == null) {
      synchronized (NlpModels.class) {
        if (instance == null) instance = new NlpModels();
        local = instance;
      }
    }
    return local;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) throw new IOException("model " + name + " is not on the classpath");
    return in;
  }
}
