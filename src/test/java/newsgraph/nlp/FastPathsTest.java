package newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups of the NLP stage change nothing: on the bundled articles the greedy tagger gives
 * the tags of OpenNLP's own tagger (beam of one) and hashes the features OpenNLP's generator makes,
 * in its order, and the tokenizer that skips plain words gives the tokens of the model as shipped.
 */
class FastPathsTest {
  private static final NlpModels MODELS = NlpModels.get();

  @Test
  void greedyTaggerAgreesWithOpenNlpsTaggerOnTheBundledArticles() throws IOException {
    GreedyTagger greedy = GreedyTagger.of(MODELS.pos, MODELS.posWeights);
    assertThat(MODELS.posWeights).as("the shipped model is a maxent model").isNotNull();
    // OpenNLP's own tagger on the same model with a beam of one
    POSModel beamOfOne = new POSModel(MODELS.pos.getLanguage(),
        (opennlp.tools.ml.model.MaxentModel) MODELS.pos.getArtifact("pos.model"), 1, new java.util.HashMap<>(),
        MODELS.pos.getFactory());
    POSTaggerME reference = new POSTaggerME(beamOfOne);
    int tokens = 0;
    for (String[] words : sentences(new TokenizerME(MODELS.tokenizer))) {
      assertThat(greedy.tag(words)).as(String.join(" ", words)).containsExactly(reference.tag(words));
      tokens += words.length;
    }
    assertThat(tokens).isGreaterThan(5000);
  }

  @Test
  void hashedFeaturesAreOpenNlpsFeaturesInOpenNlpsOrder() throws IOException {
    var generator = MODELS.pos.getFactory().getPOSContextGenerator(0);
    List<String[]> sentences = sentences(new TokenizerME(MODELS.tokenizer));
    // words the bundled articles may lack: non-ASCII case pairs, a surrogate pair, one-letter and long words
    sentences.add(new String[] {"İstanbul", "Ærø", "ΣΟΦΙΑ", "said", "\uD83D\uDE00", "a", "non-governmental", "1,200", "3.5%", "G7", "x"});
    sentences.add(new String[] {"Hi"});
    // every ASCII word class: the fast path must test in OpenNLP's order
    sentences.add(new String[] {"A.", "AB", "A", "ab1", "12", "1234", "1-2", "1/2", "1,2", "1.2", "123", "a-b", "Ab", "aB",
        "-", "--", "$", "B.C.", "a.", "12a", "1a2b3", "McDonald", "x1", "1-2/3", "''", "a", "Z"});
    PosFeatures ours = new PosFeatures();
    GreedyTagger tagger = GreedyTagger.of(MODELS.pos, MODELS.posWeights);
    int features = 0;
    for (String[] words : sentences) {
      String[] tags = tagger.tag(words);
      ours.sentence(words);
      for (int i = 0; i < words.length; i++) {
        String[] theirs = generator.getContext(i, words.clone(), tags, null);
        int n = ours.at(i, tags);
        long[] expected = java.util.Arrays.stream(theirs).mapToLong(FeatureWeights::fingerprint).toArray();
        assertThat(java.util.Arrays.copyOf(ours.fingerprints(), n)).as("%s at %d: %s", String.join(" ", words), i,
            String.join(" ", theirs)).containsExactly(expected);
        features += n;
      }
    }
    assertThat(features).isGreaterThan(50_000);
  }

  @Test
  void tokenizerSkippingPlainWordsAgreesWithTheShippedModel() throws IOException {
    HashedTokenizer fast = MODELS.newTokenizer();
    TokenizerME shipped = new TokenizerME(new TokenizerModel(
        NlpModels.class.getClassLoader().getResourceAsStream(NlpModels.TOKENS)));
    int compared = 0;
    for (String sentence : sentenceTexts()) {
      assertThat(fast.tokenizePos(sentence)).as(sentence).containsExactly(shipped.tokenizePos(sentence));
      compared++;
    }
    assertThat(compared).isGreaterThan(150);
  }

  @Test
  void hashedTokenizerAgreesWithOpenNlpsTokenizerOnTheSameModel() throws IOException {
    HashedTokenizer hashed = MODELS.newTokenizer();
    TokenizerME reference = new TokenizerME(MODELS.tokenizer);
    List<String> sentences = sentenceTexts();
    sentences.addAll(TRICKY_TEXTS);
    int splits = 0;
    for (String sentence : sentences) {
      opennlp.tools.util.Span[] expected = reference.tokenizePos(sentence);
      assertThat(hashed.tokenizePos(sentence)).as(sentence).containsExactly(expected);
      splits += expected.length - sentence.split("\\s+").length;
    }
    assertThat(splits).as("words the model split").isGreaterThan(500);
  }

  @Test
  void hashedTokenFeaturesAreOpenNlpsFeaturesInOpenNlpsOrder() throws IOException {
    var generator = MODELS.tokenizer.getFactory().getContextGenerator();
    List<String> texts = sentenceTexts();
    texts.addAll(TRICKY_TEXTS);
    TokenFeatures ours = new TokenFeatures();
    int features = 0;
    for (String text : texts)
      for (String word : text.split("\\s+")) {
        if (word.isEmpty()) continue;
        for (int i = 0; i < word.length(); i++) {
          String[] theirs = generator.getContext(word, i);
          int n = ours.at(word, i);
          long[] expected = java.util.Arrays.stream(theirs).mapToLong(FeatureWeights::fingerprint).toArray();
          assertThat(java.util.Arrays.copyOf(ours.fingerprints(), n)).as("%s at %d: %s", word, i, String.join(" ", theirs))
              .containsExactly(expected);
          features += n;
        }
      }
    assertThat(features).isGreaterThan(100_000);
  }

  /** Words the bundled articles may lack: entities, brackets, non-ASCII letters, a surrogate pair, odd quotes. */
  private static final List<String> TRICKY_TEXTS = List.of(
      "Fish &amp; chips &#8217;s [sic] {x} (5pm) `quoted' \"Yes!\" ok?",
      "İstanbul's ΣΟΦΙΑ-based Ærø \uD83D\uDE00smile U.S.-led 1,200.5km e-mail",
      "x, y. z! a: b; c-d--e ...", "He said:\u00a0\"no\"");

  @Test
  void sentenceDetectorOnTheFasterModelAgreesWithTheShippedModel() throws IOException {
    SentenceDetectorME fast = new SentenceDetectorME(MODELS.sentence);
    SentenceDetectorME shipped = new SentenceDetectorME(new opennlp.tools.sentdetect.SentenceModel(
        NlpModels.class.getClassLoader().getResourceAsStream(NlpModels.SENTENCE)));
    assertThat(MODELS.sentence.getMaxentModel()).isInstanceOf(FastGisModel.class);
    for (String text : articles()) assertThat(fast.sentPosDetect(text)).containsExactly(shipped.sentPosDetect(text));
  }

  /** Sentence ends the bundled articles may lack: initials, runs of stops, stops inside words, odd spaces. */
  private static final List<String> TRICKY_PARAGRAPHS = List.of(
      "The U.S. and the E.U. met. Mr. Smith said so! Did he? Yes...  He did.Then left.",
      "  Leading space. Trailing space.   ", "No stop at all", ".", "?!", "Ends with a stop.",
      "A line\nbreak. And\r\nmore.\tTabbed. \u00a0Non-breaking. Quote: \"Go.\" Then (this.) [that!]",
      "z.B. gedanken.Bek. 3.5 per cent. www.example.com is a site. Section 2.a) applies. Ms.\u2009Li left.",
      "\u00c9tats-Unis. \u00c9t\u00e9. \u00dcber. \uD83D\uDE00. ok. ALLCAPS. 123. A. B. C.",
      "A word of eighty letters: " + "Supercalifragilistic".repeat(4) + ". Then a short one.");

  @Test
  void hashedSentenceDetectorAgreesWithOpenNlpsDetectorOnTheSameModel() throws IOException {
    HashedSentenceDetector hashed = MODELS.newSentenceDetector();
    SentenceDetectorME reference = new SentenceDetectorME(MODELS.sentence);
    List<String> texts = new ArrayList<>(TRICKY_PARAGRAPHS);
    for (String article : articles()) texts.addAll(List.of(article.split("\n")));
    texts.addAll(articles());
    int sentences = 0;
    for (String text : texts) {
      opennlp.tools.util.Span[] expected = reference.sentPosDetect(text);
      assertThat(hashed.sentPosDetect(text)).as(text).containsExactly(expected);
      sentences += expected.length;
    }
    assertThat(sentences).isGreaterThan(400);
  }

  @Test
  void sentenceWhitespaceIsOpenNlpsWhitespaceForEveryCharacter() {
    for (char c = 0; c < Character.MAX_VALUE; c++)
      assertThat(SentenceFeatures.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(opennlp.tools.util.StringUtil.isWhitespace(c));
  }

  @Test
  void hashedSentenceFeaturesAreOpenNlpsFeaturesInOpenNlpsOrder() throws IOException {
    var generator = MODELS.sentence.getFactory().getSDContextGenerator();
    SentenceFeatures ours = new SentenceFeatures(HashedSentenceDetector.endCharacters(MODELS.sentence));
    List<String> texts = new ArrayList<>(TRICKY_PARAGRAPHS);
    texts.addAll(articles());
    int positions = 0;
    for (String text : texts)
      for (int i = 0; i < text.length(); i++) {
        if (!ours.isEnd(text.charAt(i))) continue;
        String[] theirs = generator.getContext(text, i);
        int n = ours.at(text.toCharArray(), i);
        long[] expected = java.util.Arrays.stream(theirs).mapToLong(FeatureWeights::fingerprint).toArray();
        assertThat(java.util.Arrays.copyOf(ours.fingerprints(), n)).as("%s at %d: %s", text, i, String.join(" ", theirs))
            .containsExactly(expected);
        positions++;
      }
    assertThat(positions).isGreaterThan(300);
  }

  @Test
  void fasterModelGivesTheSameProbabilitiesToTheLastBit() throws IOException {
    var shipped = new TokenizerModel(NlpModels.class.getClassLoader().getResourceAsStream(NlpModels.TOKENS)).getMaxentModel();
    var fast = FastGisModel.of(shipped);
    assertThat(fast).isInstanceOf(FastGisModel.class);
    var contexts = new opennlp.tools.tokenize.DefaultTokenContextGenerator(java.util.Set.of());
    for (String word : List.of("Putin,", "\"We", "U.S.-China", "5pm", "don't", "(Reuters)", "said."))
      for (int i = 1; i < word.length(); i++) {
        String[] context = contexts.getContext(word, i);
        assertThat(fast.eval(context)).as(word + " at " + i).containsExactly(shipped.eval(context));
      }
  }

  @Test
  void mixedWordsStillGoToTheModel() {
    TokenizerME fast = new TokenizerME(MODELS.tokenizer);
    assertThat(fast.tokenize("They met at 5pm in the capital.")).contains("5", "pm");
  }

  private static List<String> sentenceTexts() throws IOException {
    SentenceDetectorME detector = new SentenceDetectorME(MODELS.sentence);
    List<String> out = new ArrayList<>();
    for (String text : articles()) out.addAll(List.of(detector.sentDetect(text)));
    return out;
  }

  private static List<String[]> sentences(TokenizerME tokenizer) throws IOException {
    SentenceDetectorME detector = new SentenceDetectorME(MODELS.sentence);
    List<String[]> out = new ArrayList<>();
    for (String text : articles())
      for (String sentence : detector.sentDetect(text)) out.add(tokenizer.tokenize(sentence));
    return out;
  }

  private static List<String> articles() throws IOException {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList())
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    assertThat(texts).isNotEmpty();
    return texts;
  }
}
