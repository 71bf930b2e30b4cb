package newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Greedy arc-eager dependency parser whose transitions are chosen by an OpenNLP classifier
 * (trained by {@link ParserTrainer} on silver parses, see {@code scripts/train-parser.sh}).
 * Consumes a sentence's tokens (words and UD tags), produces its {@link DependencyTree}.
 * Thread-safe: the model is read-only and each parse has its own state.
 */
public final class DependencyParser {
  public static final String MODEL = "newsgraph/parser/en-dep-silver.bin";
  private static final Once<DependencyParser> INSTANCE = new Once<>(DependencyParser::load);

  private final MaxentModel model;
  private final String[] outcomes;

  DependencyParser(MaxentModel model) {
    this.model = model;
    outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) outcomes[i] = model.getOutcome(i);
  }

  /** The shipped model, loaded once. */
  public static DependencyParser get() {
    return INSTANCE.get();
  }


  private static DependencyParser load() {
    try (InputStream in = DependencyParser.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) throw new IOException("model " + MODEL + " is not on the classpath");
      AbstractModel model = new GenericModelReader(new opennlp.tools.ml.model.BinaryFileDataReader(
          new java.util.zip.GZIPInputStream(in))).getModel();
      return new DependencyParser(model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the parser model", e);
    }
  }

  public DependencyTree parse(List<Token> tokens) {
    // a wire dateline ("MOSCOW (Reuters) -", "(SAN FRANCISCO) —") is no part of the sentence's
    // grammar: the rest is parsed alone and the dateline hangs from its root
    int header = datelineLength(tokens);
    List<Token> body = tokens.subList(header, tokens.size());
    String[] words = new String[body.size()], tags = new String[body.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = body.get(i).lower();
      tags[i] = body.get(i).pos();
    }
    DependencyTree tree = parse(words, tags);
    if (header == 0) return tree;
    int[] heads = new int[tokens.size()];
    String[] labels = new String[tokens.size()];
    int root = 0;
    for (int i = 0; i < tree.size(); i++) if (tree.head(i) < 0) { root = i; break; }
    for (int i = 0; i < header; i++) {
      heads[i] = header + root;
      labels[i] = "dep";
    }
    for (int i = 0; i < tree.size(); i++) {
      heads[header + i] = tree.head(i) < 0 ? -1 : header + tree.head(i);
      labels[header + i] = tree.label(i);
    }
    return new DependencyTree(heads, labels);
  }

  private static final java.util.Set<String> DATELINE_ENDS = java.util.Set.of("—", "–", "-", "--", "•", "|");

  /**
   * The number of tokens of a dateline opening the sentence: up to a dash or bullet within the
   * first dozen tokens, everything before it capitals, numbers, punctuation or words in brackets,
   * with at least one word in capitals; 0 when there is none.
   */
  static int datelineLength(List<Token> tokens) {
    boolean capitals = false, inBrackets = false;
    for (int k = 0; k < Math.min(12, tokens.size() - 2); k++) {
      Token t = tokens.get(k);
      String w = t.word();
      if (DATELINE_ENDS.contains(w)) return capitals && k > 0 ? k + 1 : 0;
      if (w.equals("(")) inBrackets = true;
      else if (w.equals(")")) inBrackets = false;
      else if (w.length() >= 2 && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
          && w.chars().anyMatch(Character::isLetter)) capitals = true;
      else if (!(t.isPunct() || Character.isDigit(w.charAt(0)) || inBrackets || t.isCapitalized() && k > 0)) return 0;
    }
    return 0;
  }

  /** Parses lower-cased words with their UD tags. */
  DependencyTree parse(String[] words, String[] tags) {
    ParserState state = new ParserState(words, tags);
    while (!state.done()) {
      double[] scores = model.eval(state.features());
      String best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < scores.length; i++) {
        if (scores[i] > bestScore && state.legal(outcomes[i])) {
          best = outcomes[i];
          bestScore = scores[i];
        }
      }
      if (best == null) {
        best = state.legal(ParserState.SHIFT) ? ParserState.SHIFT
            : state.legal(ParserState.REDUCE) ? ParserState.REDUCE : ParserState.LEFT + ParserState.ROOT;
      }
      state.apply(best);
    }
    return finish(state);
  }

  /** The tree of a finished configuration: words attached to the artificial root are roots. */
  static DependencyTree finish(ParserState state) {
    int n = state.n;
    int[] heads = new int[n];
    String[] labels = new String[n];
    for (int i = 1; i <= n; i++) {
      int h = state.heads[i];
      heads[i - 1] = h == state.root() || h < 0 ? -1 : h - 1;
      labels[i - 1] = h == state.root() || h < 0 ? ParserState.ROOT : state.labels[i];
    }
    return new DependencyTree(heads, labels);
  }
}
