package newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped parser's agreement with its teacher on news it was not trained on: the bundled
 * articles as NLP4J parsed them (README, "The syntactic layer": UAS 0.846, LAS 0.807). A model that
 * falls clearly below that is a regression, whatever its score on the silver set.
 */
class ParserQualityTest {
  @Test
  void shippedModelAgreesWithItsTeacherOnTheBundledNews() throws Exception {
    var gold = ParserTrainer.read(Path.of("src/test/resources/parser/bundled-news.conllu"));
    assertThat(gold).hasSizeGreaterThan(200);
    double[] score = ParserTrainer.score(DependencyParser.get(), gold);
    assertThat(score[0]).as("unlabelled attachment").isGreaterThan(0.82);
    assertThat(score[1]).as("labelled attachment").isGreaterThan(0.78);
  }
}
