package newsgraph.nlp;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech model decoded greedily: each token takes the best tag the model allows
 * given the tags before it. This is what {@code POSTaggerME} computes with a beam of one, without
 * the beam's bookkeeping (a sorted copy of the scores and a copied tag list per token), without
 * turning scores into probabilities, which the choice of the best tag does not need, and with the
 * features hashed where they are made ({@link PosFeatures}) instead of built as strings.
 * Not thread-safe (reuses buffers): one per thread.
 */
final class GreedyTagger {
  private final PosFeatures features = new PosFeatures();
  private final SequenceValidator<String> validator;
  private final FeatureWeights weights;
  private final String[] outcomes;

  private GreedyTagger(POSModel model, AbstractModel maxent, FeatureWeights weights) {
    this.validator = model.getFactory().getSequenceValidator();
    this.weights = weights;
    this.outcomes = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) outcomes[i] = maxent.getOutcome(i);
  }

  /**
   * The model's weights in lookup order (built once, shared by the taggers of all threads), or null
   * when the model is not a maximum-entropy model of the usual layout.
   */
  @SuppressWarnings("unchecked")
  static FeatureWeights weights(POSModel model) {
    if (!(model.getArtifact("pos.model") instanceof AbstractModel maxent)
        || maxent.getModelType() != AbstractModel.ModelType.Maxent) return null;
    Object[] data = maxent.getDataStructures();
    if (data.length < 2 || !(data[1] instanceof Map<?, ?> map)) return null;
    return FeatureWeights.of((Map<String, Context>) map);
  }

  /** A greedy tagger for the model and its {@link #weights}. */
  static GreedyTagger of(POSModel model, FeatureWeights weights) {
    return new GreedyTagger(model, (AbstractModel) model.getArtifact("pos.model"), weights);
  }

  String[] tag(String[] words) {
    String[] tags = new String[words.length];
    double[] scores = new double[outcomes.length];
    features.sentence(words);
    for (int i = 0; i < words.length; i++) {
      java.util.Arrays.fill(scores, 0);
      int n = features.at(i, tags);
      weights.addScores(features.fingerprints(), n, scores);
      tags[i] = best(i, words, tags, scores);
    }
    return tags;
  }

  /** The highest-scoring tag the validator accepts here (the first of equals, as the beam keeps it). */
  private String best(int i, String[] words, String[] tags, double[] scores) {
    int best = -1;
    String[] before = null;
    for (int o = 0; o < scores.length; o++) {
      if (best >= 0 && scores[o] <= scores[best]) continue;
      if (before == null) before = java.util.Arrays.copyOf(tags, i);
      if (validator.validSequence(i, words, before, outcomes[o])) best = o;
    }
    return best < 0 ? outcomes[argmax(scores)] : outcomes[best];
  }

  private static int argmax(double[] scores) {
    int best = 0;
    for (int o = 1; o < scores.length; o++) if (scores[o] > scores[best]) best = o;
    return best;
  }
}
