package newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English is recognised from its function words; other languages still go to the model. */
class LanguageCheckTest {
  private static final String ENGLISH = "The foreign minister said on Tuesday that the talks with his Turkish "
      + "counterpart had been frank and that both sides were ready to reopen the consulates that were closed "
      + "last year. It was the first visit by a minister from Ankara in a decade, and officials said the two "
      + "governments would meet again in the autumn.";
  private static final String GERMAN = "Der Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten "
      + "empfangen. Die beiden Politiker sprachen über den Krieg in der Ukraine und die Zukunft der Europäischen "
      + "Union. Was die Verteidigung angeht, so will die Regierung in diesem Jahr mehr Geld ausgeben, als bisher "
      + "geplant war. An dem Treffen nahmen auch die Außenminister teil.";

  @Test
  void englishNewsIsPlainlyEnglishWithoutTheModel() {
    assertThat(LanguageCheck.plainlyEnglish(ENGLISH)).isTrue();
    assertThat(new LanguageCheck().notEnglish(ENGLISH)).isEmpty();
  }

  @Test
  void germanSharesSomeWordsWithEnglishButIsNotPlainlyEnglish() {
    assertThat(LanguageCheck.plainlyEnglish(GERMAN)).isFalse();
    assertThat(new LanguageCheck().notEnglish(GERMAN)).contains("deu");
  }
}
