package newsgraph;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import newsgraph.corpus.Article;
import newsgraph.corpus.ArticleMeta;
import newsgraph.corpus.PageFurniture;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.EntityResolver;
import newsgraph.entity.Gazetteer;
import newsgraph.extract.Lexicon;
import newsgraph.extract.MeetingExtractor;
import newsgraph.extract.PositionExtractor;
import newsgraph.extract.QuoteExtractor;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Annotator;
import newsgraph.nlp.NlpModels;
import org.junit.jupiter.api.Test;

/** Scraped pages are broken in every way: no extractor may throw on text made of news words and stray punctuation. */
class RobustnessTest {
  private static final List<String> PIECES = List.of("\"", "\u201c", "\u201d", "''", ",", ".", "\u2014", "-", "(", ")",
      "'s", "said", "met", "Mr.", "President", "the", "and", "who", "which", "according to", ":", "\n\n", "opposes",
      "support", "to", "with", "where", "travelled to", "visit", "by", "hosted", "talks", "between", "his", "he", "quoted",
      "as", "saying", "warned", "against", "is", "a", "critic", "of", "on", "Sunday", "Feb.", "22", "in", "Moscow", "at",
      "Chinese", "Foreign", "Minister", "Li", "Wei", "Germany", "the Kremlin", "refused", "to", "condemn", "?", "I'm");

  @Test
  void generatedNoiseNeverBreaksAnExtractor() {
    Gazetteer gazetteer = Gazetteer.get();
    Lexicon lexicon = Lexicon.get();
    Annotator annotator = new Annotator(NlpModels.get());
    EntityResolver resolver = new EntityResolver(gazetteer);
    var extractors = List.of(new MeetingExtractor(lexicon, gazetteer), new QuoteExtractor(lexicon), new PositionExtractor(lexicon));
    for (int n = 0; n < 200; n++) {
      Random r = new Random(n);
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(120) + 1; k > 0; k--) sb.append(PIECES.get(r.nextInt(PIECES.size()))).append(r.nextInt(4) == 0 ? "" : " ");
      String text = sb.toString();
      Article a = Article.of("noise" + n, text, ArticleMeta.EMPTY);
      AnnotatedDocument doc = annotator.annotate(a, new PageFurniture().paragraphs(text));
      EntityDocument ed = resolver.resolve(doc);
      for (var x : extractors) assertThatCode(() -> x.extract(ed)).as("%s on: %s", x.name(), text).doesNotThrowAnyException();
    }
  }
}
