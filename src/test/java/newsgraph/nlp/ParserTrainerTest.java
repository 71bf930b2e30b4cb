package newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

/** The arc-eager oracle and the trainer, on a tiny treebank. */
class ParserTrainerTest {
  // "The minister met the envoy in Lima ." with ClearNLP-style relations
  private static final ParserTrainer.Gold GOLD = new ParserTrainer.Gold(
      new String[] {"the", "minister", "met", "the", "envoy", "in", "lima", "."},
      new String[] {"DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"},
      new int[] {1, 2, -1, 4, 2, 2, 5, 2},
      new String[] {"det", "nsubj", "root", "det", "dobj", "prep", "pobj", "punct"});

  @Test
  void oracleTransitionsRebuildTheGoldTree() {
    List<Event> events = ParserTrainer.events(GOLD);
    ParserState state = new ParserState(GOLD.words(), GOLD.tags());
    for (Event e : events) {
      assertThat(state.legal(e.getOutcome())).as(e.getOutcome()).isTrue();
      state.apply(e.getOutcome());
    }
    DependencyTree tree = DependencyParser.finish(state);
    assertThat(tree).isEqualTo(new DependencyTree(GOLD.heads(), GOLD.labels()));
  }

  @Test
  void crossingArcsAreNotProjective() {
    assertThat(ParserTrainer.projective(GOLD.heads())).isTrue();
    assertThat(ParserTrainer.projective(new int[] {2, 3, -1, 2})).isFalse();
  }

  @Test
  void crossedArcsAreLiftedUntilTheTreeIsProjective() {
    int[] lifted = ParserTrainer.projectivized(new int[] {2, 3, -1, 2});
    assertThat(lifted).isNotNull();
    assertThat(ParserTrainer.projective(lifted)).isTrue();
    assertThat(ParserTrainer.projectivized(GOLD.heads())).isSameAs(GOLD.heads());
  }

  @Test
  void aModelTrainedOnATreebankParsesItsSentences() throws Exception {
    var model = ParserTrainer.train(List.of(GOLD, GOLD, GOLD), 10, 0);
    DependencyParser parser = new DependencyParser(model);
    assertThat(parser.parse(GOLD.words(), GOLD.tags())).isEqualTo(new DependencyTree(GOLD.heads(), GOLD.labels()));
    assertThat(ParserTrainer.score(parser, List.of(GOLD))[0]).isEqualTo(1.0);
  }
}
