package newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains {@link DependencyParser}'s classifier with OpenNLP's perceptron trainer from a CoNLL-U
 * treebank (FORM, UPOS, HEAD, DEPREL are read), using the static arc-eager oracle; non-projective
 * trees are skipped. Also scores a parser against a treebank (attachment scores without
 * punctuation). Used by {@code scripts/train-parser.sh}, not by a build.
 *
 * <pre>java -cp newsgraph.jar newsgraph.nlp.ParserTrainer train TRAIN.conllu MODEL.bin.gz [ITERATIONS]
 * java -cp newsgraph.jar newsgraph.nlp.ParserTrainer score MODEL.bin.gz TEST.conllu</pre>
 */
public final class ParserTrainer {
  /** One sentence of a treebank: lower-case words, tags, 0-based heads (-1 root) and labels. */
  public record Gold(String[] words, String[] tags, int[] heads, String[] labels) {}

  private ParserTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("train")) {
      int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 10;
      List<Gold> gold = read(Path.of(args[1]));
      MaxentModel model = train(gold, iterations, 2);
      try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(Path.of(args[2])))) {
        new GenericModelWriter((AbstractModel) model, new java.io.DataOutputStream(out)).persist();
      }
      System.err.println("trained on " + gold.size() + " sentences, wrote " + args[2]);
    } else if (args.length == 3 && args[0].equals("score")) {
      DependencyParser parser = loadFrom(Path.of(args[1]));
      double[] s = score(parser, read(Path.of(args[2])));
      System.out.printf(Locale.ROOT, "UAS %.3f  LAS %.3f  over %d tokens (punctuation excluded)%n", s[0], s[1], (long) s[2]);
    } else {
      System.err.println("usage: ParserTrainer train TRAIN.conllu MODEL.bin.gz [ITERATIONS] | score MODEL.bin.gz TEST.conllu");
      System.exit(2);
    }
  }

  static DependencyParser loadFrom(Path model) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(model))) {
      return new DependencyParser(new opennlp.tools.ml.model.GenericModelReader(
          new opennlp.tools.ml.model.BinaryFileDataReader(in)).getModel());
    }
  }

  /** Reads CoNLL-U sentences; multiword-token and empty-node lines are skipped. */
  public static List<Gold> read(Path conllu) throws IOException {
    List<Gold> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          if (!rows.isEmpty()) out.add(gold(rows));
          rows.clear();
        } else if (!line.startsWith("#")) {
          String[] c = line.split("\t");
          if (c.length >= 8 && c[0].matches("\\d+")) rows.add(c);
        }
      }
      // a last sentence without its blank line may be cut short (a file still being written): dropped
    }
    return out;
  }

  private static Gold gold(List<String[]> rows) {
    int n = rows.size();
    String[] words = new String[n], tags = new String[n], labels = new String[n];
    int[] heads = new int[n];
    for (int i = 0; i < n; i++) {
      String[] c = rows.get(i);
      words[i] = c[1].toLowerCase(Locale.ROOT);
      tags[i] = c[3];
      heads[i] = Integer.parseInt(c[6]) - 1;
      labels[i] = heads[i] < 0 ? ParserState.ROOT : c[7];
    }
    return new Gold(words, tags, heads, labels);
  }

  /** Whether no two arcs of the tree cross (the arc-eager oracle needs it). */
  static boolean projective(int[] heads) {
    for (int i = 0; i < heads.length; i++) {
      int a = Math.min(i, heads[i]), b = Math.max(i, heads[i]);
      for (int j = a + 1; j < b; j++) {
        int h = heads[j];
        if (h < a || h > b) return false;
      }
    }
    return true;
  }

  /**
   * The heads themselves when the tree is projective; else a copy in which each crossed arc is
   * lifted to the head's head until none crosses (pseudo-projective lifting, without encoding the
   * lift in the label: the rare crossing arcs, mostly punctuation in quotes, land one level up);
   * null when that does not end.
   */
  static int[] projectivized(int[] heads) {
    if (projective(heads)) return heads;
    int[] h = heads.clone();
    for (int round = 0; round < 4 * h.length; round++) {
      int victim = liftable(h);
      if (victim == -1) return h;
      if (victim < -1) return null;
      h[victim] = h[h[victim]];
    }
    return null;
  }

  /**
   * The dependent of the shortest crossed arc that can be lifted (its head has a head), -1 when no
   * arc crosses, -2 when arcs cross but none can be lifted.
   */
  private static int liftable(int[] heads) {
    int best = -1, bestLength = Integer.MAX_VALUE;
    boolean crossing = false;
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] < 0) continue;
      int a = Math.min(i, heads[i]), b = Math.max(i, heads[i]);
      for (int j = a + 1; j < b; j++) {
        int hj = heads[j];
        if (hj >= a && hj <= b) continue;
        crossing = true;
        for (int victim : new int[] {i, j}) {
          if (heads[victim] < 0 || heads[heads[victim]] < 0) continue;
          int length = Math.abs(victim - heads[victim]);
          if (length < bestLength) {
            best = victim;
            bestLength = length;
          }
        }
      }
    }
    return best >= 0 ? best : crossing ? -2 : -1;
  }

  /** The oracle's transitions for one gold tree, each with the features of its configuration. */
  static List<Event> events(Gold g) {
    List<Event> events = new ArrayList<>();
    int n = g.words().length;
    int[] head = new int[n + 2];
    for (int i = 0; i < n; i++) head[i + 1] = g.heads()[i] < 0 ? n + 1 : g.heads()[i] + 1;
    head[n + 1] = -1;
    ParserState state = new ParserState(g.words(), g.tags());
    while (!state.done()) {
      String t = oracle(state, head, g.labels());
      if (!state.legal(t)) return List.of();
      events.add(new Event(t, state.features()));
      state.apply(t);
    }
    return events;
  }

  private static String oracle(ParserState st, int[] head, String[] labels) {
    int s0 = st.s0(), b = st.next;
    if (s0 > 0 && head[s0] == b) return ParserState.LEFT + labels[s0 - 1];
    if (s0 > 0 && b <= st.n && head[b] == s0) return ParserState.RIGHT + labels[b - 1];
    if (s0 > 0 && st.heads[s0] >= 0 && b == st.root()) return ParserState.REDUCE;
    if (s0 > 0 && st.heads[s0] >= 0) {
      // reduce when the next word still links to a word deeper in the stack
      for (int k = 1; k < st.depth(); k++) {
        int x = st.stackAt(k);
        if (head[b] == x || (x > 0 && head[x] == b)) return ParserState.REDUCE;
      }
    }
    return ParserState.SHIFT;
  }

  public static MaxentModel train(List<Gold> gold, int iterations, int cutoff) throws IOException {
    List<Event> all = new ArrayList<>();
    int skipped = 0;
    int lifted = 0;
    for (Gold g : gold) {
      int[] heads = projectivized(g.heads());
      if (heads == null) {
        skipped++;
        continue;
      }
      if (heads != g.heads()) lifted++;
      all.addAll(events(new Gold(g.words(), g.tags(), heads, g.labels())));
    }
    System.err.println(all.size() + " transitions from " + (gold.size() - skipped) + " trees (" + lifted
        + " made projective by lifting, " + skipped + " skipped)");
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return trainer.train(new ListStream(all));
  }

  /** UAS, LAS and the number of tokens scored (punctuation excluded). */
  public static double[] score(DependencyParser parser, List<Gold> gold) {
    long total = 0, heads = 0, labelled = 0;
    for (Gold g : gold) {
      DependencyTree tree = parser.parse(g.words(), g.tags());
      for (int i = 0; i < g.words().length; i++) {
        if ("PUNCT".equals(g.tags()[i])) continue;
        total++;
        if (tree.head(i) == g.heads()[i]) {
          heads++;
          if (tree.label(i).equals(g.labels()[i])) labelled++;
        }
      }
    }
    return new double[] {heads / (double) Math.max(1, total), labelled / (double) Math.max(1, total), total};
  }

  private static final class ListStream implements ObjectStream<Event> {
    private final List<Event> events;
    private Iterator<Event> it;

    ListStream(List<Event> events) {
      this.events = events;
      this.it = events.iterator();
    }

    @Override
    public Event read() {
      return it.hasNext() ? it.next() : null;
    }

    @Override
    public void reset() {
      it = events.iterator();
    }
  }
}
