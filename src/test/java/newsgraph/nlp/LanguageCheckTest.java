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

  @Test
  void wordsAreRunsOfLettersInAnyScriptCountedToTheFifth() {
    // 14 words a sentence, 3 of them function words: a combining mark and a digit end a word,
    // two letters outside the BMP make one
    String sentence = "The ministers met in Ta\u0301rgu-Mures\u0327 (Romania); 12 officials said \uD835\uDC00\uD835\uDC01 talks went well. ";
    String fifth = sentence.repeat(3) + "Greek: \u0395\u03BB\u03BB\u03AC\u03B4\u03B1 \u039A\u03AF\u03BD\u03B1.";
    assertThat(LanguageCheck.plainlyEnglish(fifth)).as("9 function words in 45").isTrue();
    assertThat(LanguageCheck.plainlyEnglish(fifth + " Again")).as("9 in 46").isFalse();
  }
}
