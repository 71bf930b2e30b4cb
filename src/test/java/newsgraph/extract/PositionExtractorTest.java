package newsgraph.extract;

import static newsgraph.TestArticles.positions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionExtractorTest {
  @Test
  void verbWithObjectIsAStance() {
    assertThat(positions("Germany opposes new tariffs on electric cars."))
        .contains("oppose Germany -> \"new tariffs on electric cars\"");
  }

  @Test
  void capitalAsHolderIsItsCountry() {
    assertThat(positions("Beijing has repeatedly called for a ceasefire in the region."))
        .contains("support China -> \"a ceasefire in the region\"");
  }

  @Test
  void refusingToCondemnIsNeutral() {
    assertThat(positions("India refused to condemn the military coup."))
        .containsExactly("neutral India -> \"the military coup\"");
  }

  @Test
  void negatedSupportIsOpposition() {
    assertThat(positions("Hungary did not support the sanctions package."))
        .containsExactly("oppose Hungary -> \"the sanctions package\"");
  }

  @Test
  void stanceInsideReportedSpeechBelongsToItsSubject() {
    assertThat(positions("Spokesperson Lena Sorensen said Denmark firmly opposed the mining plan."))
        .contains("oppose Denmark -> \"the mining plan\"");
  }

  @Test
  void possessiveNounStance() {
    assertThat(positions("Moscow's rejection of the peace proposal surprised diplomats."))
        .contains("oppose Russia -> \"the peace proposal\"");
  }

  @Test
  void targetIsCutAtTheClauseBoundary() {
    assertThat(positions("Australia welcomed the trade agreement, which was signed after years of talks."))
        .contains("support Australia -> \"the trade agreement\"");
  }

  @Test
  void firstPersonStanceInsideAQuoteBelongsToTheSpeaker() {
    assertThat(positions("\"I am committed to reopening the embassy,\" Kenyan President Amos Wekesa said."))
        .contains("support Amos Wekesa -> \"reopening the embassy\"");
  }

  @Test
  void coordinatedSubjectsEachHoldTheStance() {
    assertThat(positions("Ethiopia and Eritrea signed the border agreement."))
        .contains("support Ethiopia -> \"the border agreement\"", "support Eritrea -> \"the border agreement\"");
  }

  @Test
  void agentNounAfterACopula() {
    assertThat(positions("Senator Paul Grant, who has long been a fierce critic of the pipeline, voted no."))
        .contains("oppose Paul Grant -> \"the pipeline\"");
  }

  @Test
  void questionsTakeNoPosition() {
    assertThat(positions("Does Germany support the new tariffs?")).isEmpty();
  }

  @Test
  void theTwoCountriesAreThePairNamedBefore() {
    assertThat(positions("Brazil and Argentina signed a trade pact on Monday. The two countries also opposed new European tariffs on beef."))
        .contains("oppose Argentina -> \"new European tariffs on beef\"", "oppose Brazil -> \"new European tariffs on beef\"");
  }

  @Test
  void coordinatedVerbsShareTheirSubject() {
    assertThat(positions("The African Union on Monday condemned the coup in Niamey and urged the army to free the president."))
        .contains("oppose African Union -> \"the coup in Niamey\"", "support African Union -> \"the army to free the president\"");
  }

  @Test
  void calledItIllegalIsOpposition() {
    assertThat(positions("Canada called the referendum illegal."))
        .containsExactly("oppose Canada -> \"the referendum\"");
  }

  @Test
  void refusingToActIsOppositionToTheAct() {
    assertThat(positions("Austria has refused to send troops to the border."))
        .containsExactly("oppose Austria -> \"send troops to the border\"");
  }

  @Test
  void signingABareDocumentIsNoStance() {
    assertThat(positions("Peru and Chile signed a joint statement.")).isEmpty();
  }

  @Test
  void welcomingAPersonIsHostingNotAStance() {
    assertThat(positions("Kenyan President Amos Wekesa welcomed Ghanaian President Kofi Mensah to Nairobi on Monday.")).isEmpty();
  }

  @Test
  void itAfterAReportingVerbIsTheReporter() {
    assertThat(positions("Norway said it opposes any escalation in the region."))
        .containsExactly("oppose Norway -> \"any escalation in the region\"");
  }
}
