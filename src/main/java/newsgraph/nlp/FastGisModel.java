package newsgraph.nlp;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A GIS maximum-entropy model that looks its features up in {@link FeatureWeights} instead of the
 * model's map, and otherwise computes what {@link GISModel} computes, in the same order (uniform
 * prior, sums, exponentials, normalisation): the same probabilities to the last bit. OpenNLP's
 * tokenizer and sentence detector run on it unchanged. Immutable and thread-safe.
 */
final class FastGisModel extends AbstractModel {
  private final FeatureWeights weights;
  private final MaxentModel original;
  private final double logUniform;

  private FastGisModel(Context[] params, Map<String, Context> predicates, String[] outcomes, FeatureWeights weights,
                       MaxentModel original) {
    super(params, null, predicates, outcomes);
    this.modelType = ModelType.Maxent;
    this.weights = weights;
    this.original = original;
    this.logUniform = StrictMath.log(1.0 / outcomes.length);
  }

  /** The faster model for a GIS model, or the model itself when it is of another kind. */
  @SuppressWarnings("unchecked")
  static MaxentModel of(MaxentModel model) {
    if (!(model instanceof GISModel gis)) return model;
    Object[] data = gis.getDataStructures();
    if (data.length < 3 || !(data[0] instanceof Context[] params) || !(data[1] instanceof Map<?, ?> map)
        || !(data[2] instanceof String[] outcomes)) return model;
    FeatureWeights weights = FeatureWeights.of((Map<String, Context>) map);
    if (weights == null) return model;
    return new FastGisModel(params, (Map<String, Context>) map, outcomes, weights, model);
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, new double[outcomeNames.length]);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return values == null ? eval(context) : original.eval(context, values);
  }

  @Override
  public double[] eval(String[] context, double[] probabilities) {
    java.util.Arrays.fill(probabilities, logUniform);
    weights.addScores(context, probabilities);
    return normalize(probabilities);
  }

  /** {@link #eval(String[], double[])} for the first {@code n} features given by their fingerprints. */
  double[] eval(long[] fingerprints, int n, double[] probabilities) {
    java.util.Arrays.fill(probabilities, logUniform);
    weights.addScores(fingerprints, n, probabilities);
    return normalize(probabilities);
  }

  /** The index of the first most probable outcome, as {@code MaxentModel.getBestOutcome} picks it. */
  static int best(double[] probabilities) {
    int best = 0;
    for (int o = 1; o < probabilities.length; o++) if (probabilities[o] > probabilities[best]) best = o;
    return best;
  }

  private double[] normalize(double[] probabilities) {
    double normal = 0.0;
    for (int o = 0; o < outcomeNames.length; o++) {
      probabilities[o] = StrictMath.exp(probabilities[o]);
      normal += probabilities[o];
    }
    for (int o = 0; o < outcomeNames.length; o++) probabilities[o] /= normal;
    return probabilities;
  }
}
