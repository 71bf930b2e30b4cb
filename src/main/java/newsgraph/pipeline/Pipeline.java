package newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import newsgraph.corpus.Article;
import newsgraph.corpus.CorpusReader;
import newsgraph.corpus.InputProblem;
import newsgraph.corpus.PageFurniture;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.EntityResolver;
import newsgraph.entity.Gazetteer;
import newsgraph.extract.ArticleFacts;
import newsgraph.extract.Lexicon;
import newsgraph.extract.MeetingExtractor;
import newsgraph.extract.PositionExtractor;
import newsgraph.extract.QuoteExtractor;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Annotator;
import newsgraph.nlp.NlpModels;
import newsgraph.nlp.Span;
import newsgraph.pipeline.StageTimes.Stage;

/**
 * The stages from a file to facts: read, drop page furniture, annotate, resolve entities, extract
 * meetings, quotes and positions. Models and gazetteers are loaded once and shared; each thread
 * gets its own OpenNLP annotator. Thread-safe.
 *
 * <pre>
 *   Pipeline pipeline = new Pipeline(CorpusReader.DEFAULT_MAX_BYTES);
 *   ArticleFacts facts = pipeline.process(Path.of("corpus/000_008a0112ecb48a67.txt"));
 * </pre>
 */
public final class Pipeline {
  private final CorpusReader reader;
  private final PageFurniture furniture = new PageFurniture();
  private final EntityResolver resolver;
  private final MeetingExtractor meetings;
  private final QuoteExtractor quotes;
  private final PositionExtractor positions;
  private final ThreadLocal<Annotator> annotators;
  private final StageTimes times = new StageTimes();
  private final newsgraph.nlp.LanguageCheck languages;

  public Pipeline(long maxBytes) {
    NlpModels models = NlpModels.get();
    // loaded here, with the other models, not by the first article (whose time limit would pay for them)
    newsgraph.nlp.DependencyParser.get();
    newsgraph.nlp.Lemmatizer.get();
    version();
    Gazetteer gazetteer = Gazetteer.get();
    Lexicon lexicon = Lexicon.get();
    this.reader = new CorpusReader(maxBytes);
    this.resolver = new EntityResolver(gazetteer);
    this.meetings = new MeetingExtractor(lexicon, gazetteer);
    this.quotes = new QuoteExtractor(lexicon);
    this.positions = new PositionExtractor(lexicon);
    this.annotators = ThreadLocal.withInitial(() -> new Annotator(models, times));
    // the language model loads when an article first needs it: most articles show their English at once
    this.languages = new newsgraph.nlp.LanguageCheck();
  }

  /** One extractor's facts; a bug in one extractor costs its facts in this article, not the article's other facts. */
  private static <F extends newsgraph.extract.Fact> List<F> run(newsgraph.extract.Extractor<F> extractor, EntityDocument doc) {
    return run(extractor, doc, () -> extractor.extract(doc));
  }

  /** The extractor's facts, or none when it fails: the article keeps what the other extractors found. */
  private static <F extends newsgraph.extract.Fact> List<F> run(newsgraph.extract.Extractor<F> extractor, EntityDocument doc,
                                                                java.util.function.Supplier<List<F>> extraction) {
    try {
      return extraction.get();
    } catch (RuntimeException e) {
      LOG.warn("{}: the {} extractor failed ({}); the article keeps its other facts", doc.doc().article().path(),
          extractor.name(), e.toString());
      LOG.debug("stack trace", e);
      return List.of();
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

  private static volatile String version;

  /**
   * What the facts of an article depend on besides its text: a checksum of the code and the data
   * the pipeline runs from (its classes, rules, word sets, lexicons and models, and the versions of
   * Jena and OpenNLP), read from the jar or from the compiled classes. A build skips an article
   * whose text, sidecar and pipeline version are those it was last built with; a new build of the
   * pipeline rebuilds every article. The command line, the server and the Spark job are left out:
   * {@code newsgraph.jar} and {@code newsgraph-spark.jar} run the same pipeline, and their graphs
   * must agree quad for quad (issue 21).
   */
  public static String version() {
    String v = version;
    if (v == null) {
      v = Long.toHexString(codeChecksum());
      version = v;
    }
    return v;
  }

  /** Whether a file of the jar (or of the classes folder) shapes the pipeline's output. */
  static boolean shapesOutput(String name) {
    if (name.endsWith("/")) return false;
    if (name.startsWith("newsgraph/"))
      return !(name.startsWith("newsgraph/cli/") || name.startsWith("newsgraph/serve/") || name.startsWith("newsgraph/web/")
          || name.startsWith("newsgraph/spark/"));
    if (name.endsWith(".bin") && name.indexOf('/') < 0) return true; // the OpenNLP models
    return name.endsWith("/pom.properties")
        && (name.startsWith("META-INF/maven/org.apache.jena/") || name.startsWith("META-INF/maven/org.apache.opennlp/"));
  }

  private static long codeChecksum() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    try {
      var source = Pipeline.class.getProtectionDomain().getCodeSource();
      java.nio.file.Path where = java.nio.file.Path.of(source.getLocation().toURI());
      if (java.nio.file.Files.isRegularFile(where)) {
        // the jar's own checksums of its entries: no need to read 50 MB
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(where.toFile())) {
          for (var entry : jar.stream().filter(e -> shapesOutput(e.getName()))
              .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName)).toList()) {
            crc.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(0, entry.getCrc()));
          }
        }
      } else {
        try (var files = java.nio.file.Files.walk(where.resolve("newsgraph"))) {
          for (java.nio.file.Path p : files.filter(java.nio.file.Files::isRegularFile)
              .filter(p -> shapesOutput(where.relativize(p).toString().replace('\\', '/'))).sorted().toList())
            crc.update(java.nio.file.Files.readAllBytes(p));
        }
      }
    } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
      // code whose bytes cannot be read: a version of its own, so that nothing is taken as unchanged
      crc.update(Long.toString(System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return crc.getValue();
  }

  public StageTimes times() {
    return times;
  }

  public Article read(Path path) throws InputProblem {
    long t0 = StageTimes.now();
    try {
      return reader.read(path);
    } finally {
      times.since(Stage.READ, t0);
    }
  }

  /** A build that gave up on this article (its time limit) interrupts the worker: stop between stages. */
  private static void stopIfInterrupted(Article article) throws InputProblem {
    if (Thread.currentThread().isInterrupted()) throw new InputProblem(article.path(), "skipped: interrupted");
  }

  public ArticleFacts process(Path path) throws InputProblem {
    return process(read(path));
  }

  /** Runs every stage after reading; an article with no sentence left is an input problem. */
  public ArticleFacts process(Article article) throws InputProblem {
    long t0 = StageTimes.now();
    String declared = article.meta().language();
    if (declared != null && !declared.isBlank() && !declared.toLowerCase(java.util.Locale.ROOT).startsWith("en"))
      throw new InputProblem(article.path(), "not in English (its sidecar says \"" + declared + "\")");
    List<Span> paragraphs = furniture.paragraphs(article.text());
    if (declared == null || declared.isBlank()) {
      StringBuilder kept = new StringBuilder();
      for (Span p : paragraphs) kept.append(p.of(article.text())).append('\n');
      var other = languages.notEnglish(kept.toString());
      if (other.isPresent()) throw new InputProblem(article.path(), "not in English (detected language: " + other.get() + ")");
    }
    t0 = times.since(Stage.LANGUAGE, t0);
    AnnotatedDocument doc = annotators.get().annotate(article, paragraphs);
    long t1 = times.since(Stage.NLP, t0);
    stopIfInterrupted(article);
    if (doc.sentences().isEmpty()) throw new InputProblem(article.path(), "no sentences found (only page furniture?)");
    EntityDocument entities = resolver.resolve(doc);
    long t2 = times.since(Stage.ENTITIES, t1);
    stopIfInterrupted(article);
    List<newsgraph.extract.Quote> found = run(quotes, entities);
    // the stance rules read the quotes: a quoted speaker's "we oppose" is that speaker's stance
    List<newsgraph.extract.Meeting> met = run(meetings, entities);
    // "the two leaders condemned…": the stance rules read the pair of the meetings found
    List<newsgraph.extract.Position> stances = run(positions, entities, () -> positions.extract(entities, found, met));
    ArticleFacts facts = new ArticleFacts(entities, met, found, stances);
    times.since(Stage.EXTRACT, t2);
    return facts;
  }
}
