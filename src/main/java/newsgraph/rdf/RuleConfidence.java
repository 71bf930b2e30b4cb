package newsgraph.rdf;

import java.util.HashMap;
import java.util.Map;
import newsgraph.entity.Gazetteer;

/**
 * Each rule's precision as measured on the development sets ({@code rule-confidence.tsv}), stored
 * on every fact as its confidence. Rules not yet measured get 0.5. Immutable.
 */
public final class RuleConfidence {
  private static final double UNMEASURED = 0.5;
  private static final RuleConfidence INSTANCE = new RuleConfidence();
  private final Map<String, Double> precision = new HashMap<>();

  private RuleConfidence() {
    for (String[] row : Gazetteer.rows("rule-confidence.tsv")) precision.put(row[0], Double.parseDouble(row[1]));
  }

  public static RuleConfidence get() {
    return INSTANCE;
  }

  public double of(String rule) {
    Double p = precision.get(rule);
    if (p != null) return p;
    int dot = rule.lastIndexOf('.');
    return dot > 0 ? of(rule.substring(0, dot)) : UNMEASURED;
  }
}
