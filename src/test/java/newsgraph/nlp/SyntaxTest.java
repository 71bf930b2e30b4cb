package newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.corpus.Article;
import newsgraph.corpus.ArticleMeta;
import org.junit.jupiter.api.Test;

/** The syntactic layer on short news sentences: lemmas, the parser's arcs, the clause reader. */
class SyntaxTest {
  private static final Annotator ANNOTATOR = new Annotator(NlpModels.get());

  private static Sentence sentence(String text) {
    AnnotatedDocument doc = ANNOTATOR.annotate(Article.of("t", text, ArticleMeta.EMPTY), List.of(new Span(0, text.length())));
    assertThat(doc.sentences()).hasSize(1);
    return doc.sentences().get(0);
  }

  private static int at(Sentence s, String word) {
    for (Token t : s.tokens()) if (t.word().equals(word)) return t.index();
    throw new AssertionError(word + " not in " + s.tokens());
  }

  private static List<String> words(Sentence s, List<Integer> tokens) {
    List<String> out = new ArrayList<>();
    for (int t : tokens) out.add(s.token(t).word());
    return out;
  }

  @Test
  void lemmasComeFromWordNetMorphology() {
    Lemmatizer l = Lemmatizer.get();
    assertThat(l.lemma("met", "VERB")).isEqualTo("meet");
    assertThat(l.lemma("conferred", "VERB")).isEqualTo("confer");
    assertThat(l.lemma("hosting", "VERB")).isEqualTo("host");
    assertThat(l.lemma("planned", "VERB")).isEqualTo("plan");
    assertThat(l.lemma("talks", "NOUN")).isEqualTo("talk");
    assertThat(l.lemma("summits", "NOUN")).isEqualTo("summit");
    assertThat(l.lemma("Lima", "PROPN")).isEqualTo("lima");
  }

  @Test
  void subjectAndObjectOfASimpleClause() {
    Sentence s = sentence("The Peruvian minister met the Chilean envoy in Lima on Monday.");
    int met = at(s, "met");
    assertThat(s.tree().head(met)).isEqualTo(-1);
    assertThat(words(s, ClauseReader.subjects(s, met))).containsExactly("minister");
    assertThat(words(s, ClauseReader.objects(s, met))).containsExactly("envoy");
  }

  @Test
  void coordinatedSubjectsAreExpanded() {
    Sentence s = sentence("Ms. Li and Mr. Ortega held talks in Quito.");
    assertThat(words(s, ClauseReader.subjects(s, at(s, "held")))).containsExactly("Li", "Ortega");
  }

  @Test
  void controlledInfinitiveTakesItsControllersSubject() {
    Sentence s = sentence("Mr. Ortega agreed to meet Ms. Li next month.");
    assertThat(words(s, ClauseReader.subjects(s, at(s, "meet")))).containsExactly("Ortega");
    assertThat(words(s, ClauseReader.scope(s, at(s, "meet")))).containsExactly("meet", "agreed");
  }

  @Test
  void withPhraseIsAPrepositionalArgument() {
    Sentence s = sentence("The minister conferred with her Brazilian counterpart on Friday.");
    assertThat(words(s, ClauseReader.prepositionObjects(s, at(s, "conferred"), Set.of("with")))).containsExactly("counterpart");
  }

  @Test
  void passiveAgent() {
    Sentence s = sentence("The envoy was welcomed by the king at the palace.");
    assertThat(words(s, ClauseReader.agents(s, at(s, "welcomed")))).containsExactly("king");
  }

  @Test
  void datelineHangsFromTheClauseAndIsNotItsSubject() {
    Sentence s = sentence("MOSCOW (Reuters) - The minister met the envoy on Monday.");
    int met = at(s, "met");
    assertThat(DependencyParser.datelineLength(s.tokens())).isEqualTo(5);
    assertThat(words(s, ClauseReader.subjects(s, met))).containsExactly("minister");
    assertThat(s.tree().head(0)).isEqualTo(met);
  }

  @Test
  void noDatelineInAnOrdinarySentence() {
    assertThat(DependencyParser.datelineLength(sentence("The minister - a veteran - met the envoy.").tokens())).isZero();
  }
}
