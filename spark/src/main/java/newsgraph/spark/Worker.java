package newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsgraph.corpus.CorpusReader;
import newsgraph.corpus.InputProblem;
import newsgraph.pipeline.BuiltArticle;
import newsgraph.pipeline.Pipeline;
import newsgraph.rdf.Iris;
import newsgraph.rdf.RdfMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;

/**
 * The pipeline on an executor: loaded once per JVM (the models take seconds; an executor runs
 * many tasks), shared by its task threads as {@code build}'s workers share it, and run on each
 * article with {@code build}'s time limit.
 */
final class Worker {
  private static Worker instance;

  private final JobSettings settings;
  private final Pipeline pipeline;
  private final RdfMapper mapper;
  private final Iris iris;
  private final CorpusReader reader;

  private Worker(JobSettings settings) {
    this.settings = settings;
    this.pipeline = new Pipeline(settings.maxBytes());
    this.iris = new Iris(settings.base());
    this.mapper = new RdfMapper(iris, false);
    this.reader = new CorpusReader(settings.maxBytes());
  }

  /** The executor's worker for these settings (the one it has, unless another job changed them). */
  static synchronized Worker get(JobSettings settings) {
    if (instance == null || !instance.settings.equals(settings)) instance = new Worker(settings);
    return instance;
  }

  /** The results of a partition's sources, one article at a time. */
  Iterator<Result> run(Iterator<Source> sources, org.apache.hadoop.conf.Configuration conf) {
    ExecutorService[] thread = {newThread()};
    return new Iterator<>() {
      Iterator<Input> inputs = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!inputs.hasNext() && sources.hasNext()) inputs = ArticleInputs.open(sources.next(), conf, reader);
        if (!inputs.hasNext()) thread[0].shutdownNow();
        return inputs.hasNext();
      }

      @Override
      public Result next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        Input input = inputs.next();
        if (input.problem() != null) return Result.failed(input, input.problem().line());
        Future<Result> task = thread[0].submit(() -> build(input));
        try {
          return task.get(Math.max(1, settings.timeoutSeconds()), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          // as in build: the article is skipped and its thread interrupted; the pipeline stops at its
          // next check, and the next article gets a fresh thread meanwhile
          task.cancel(true);
          thread[0].shutdownNow();
          thread[0] = newThread();
          return Result.failed(input, input.article().path() + ": skipped: processing took longer than " + settings.timeoutSeconds()
              + " s (--article-timeout)");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          return Result.failed(input, input.article().path() + ": could not be processed: " + e.getCause());
        }
      }
    };
  }

  private static ExecutorService newThread() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "newsgraph-article");
      t.setDaemon(true);
      return t;
    });
  }

  /** One article: its graph as N-Quads, checked by reading it back, so that a load never stops on it. */
  private Result build(Input input) {
    try {
      String hash = BuiltArticle.contentHash(input.article());
      BuiltArticle built = BuiltArticle.of(input.article(), hash, input.sourcePath(), pipeline, mapper, iris);
      String unwritable = unwritable(built);
      if (unwritable != null)
        return Result.failed(input, input.article().path() + ": its graph cannot be written as N-Quads (" + unwritable + ")");
      String nquads = nquads(built);
      return new Result(input.order(), input.label(), built.graph(), built.id(), built.url(), built.fingerprint(), nquads,
          built.counts(), built.warnings(), null);
    } catch (InputProblem p) {
      return Result.failed(input, p.line());
    } catch (RuntimeException | StackOverflowError e) {
      return Result.failed(input, input.article().path() + ": could not be processed: " + e);
    }
  }

  /**
   * What in the graph N-Quads cannot carry, or null: an IRI with a space or another character
   * that IRIREF excludes (a URL from a page, an id from a record), or a malformed language tag.
   * {@code build} stores such a graph, but the loader would stop on it, so it fails here alone.
   * A lexical check instead of parsing the output again, which cost a tenth of the job.
   */
  static String unwritable(BuiltArticle built) {
    for (var it = built.model().getGraph().find(); it.hasNext(); ) {
      var t = it.next();
      for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
        if (n.isURI() && !IRIREF.matcher(n.getURI()).matches()) return "the IRI <" + n.getURI() + ">";
        if (n.isLiteral() && !n.getLiteralLanguage().isEmpty() && !LANGTAG.matcher(n.getLiteralLanguage()).matches())
          return "the language tag @" + n.getLiteralLanguage();
      }
    }
    return null;
  }

  /** N-Quads' IRIREF: no controls, space, angle brackets, quotes, braces, bar, caret, backquote or backslash. */
  private static final java.util.regex.Pattern IRIREF = java.util.regex.Pattern.compile("[^\\x00-\\x20<>\"{}|^`\\\\]+");
  private static final java.util.regex.Pattern LANGTAG = java.util.regex.Pattern.compile("[a-zA-Z]+(-[a-zA-Z0-9]+)*");

  /** The article's graph as N-Quads, without the last line break. */
  static String nquads(BuiltArticle built) {
    Node graph = NodeFactory.createURI(built.graph());
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    RDFDataMgr.writeQuads(out, built.model().getGraph().find().mapWith(t -> Quad.create(graph, t)));
    String s = out.toString(StandardCharsets.UTF_8);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
