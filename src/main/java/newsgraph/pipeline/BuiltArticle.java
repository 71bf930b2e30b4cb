package newsgraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import newsgraph.corpus.Article;
import newsgraph.corpus.InputProblem;
import newsgraph.extract.ArticleFacts;
import newsgraph.pipeline.StageTimes.Stage;
import newsgraph.rdf.Iris;
import newsgraph.rdf.NG;
import newsgraph.rdf.RdfMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * One article run through the pipeline and mapped to its named graph, with what a build needs to
 * report it and to tell duplicates apart. {@code build} and the Spark job make article graphs with
 * this one function, so both give the same quads for the same article.
 *
 * @param graph the graph's name, the article's IRI
 * @param fingerprint the text's hash and length: the same text read from two files is counted once
 * @param counts sentences, entities, meetings, quotes and positions
 */
public record BuiltArticle(String id, String graph, String url, String fingerprint, int[] counts, Model model,
                           List<String> warnings) {

  /**
   * Runs the article through the pipeline and maps its facts to RDF.
   *
   * @param hash the article's {@link #contentHash}, recorded so that a later build can skip it
   * @param sourcePath where it was read from, recorded on the article
   */
  public static BuiltArticle of(Article article, String hash, String sourcePath, Pipeline pipeline, RdfMapper mapper,
                                Iris iris) throws InputProblem {
    ArticleFacts facts = pipeline.process(article);
    long t0 = StageTimes.now();
    Model model = mapper.map(facts);
    Resource node = model.createResource(iris.article(article.id()));
    node.addProperty(NG.contentHash, hash);
    node.addProperty(NG.sourcePath, sourcePath);
    pipeline.times().since(Stage.RDF, t0);
    String text = facts.entities().doc().text();
    int[] counts = {facts.entities().doc().sentences().size(), facts.entities().entities().size(),
        facts.meetings().size(), facts.quotes().size(), facts.positions().size()};
    return new BuiltArticle(facts.articleId(), iris.article(article.id()), article.meta().url(),
        Integer.toHexString(text.hashCode()) + ":" + text.length(), counts, model, article.warnings());
  }

  /** SHA-256 of the article as read (its text and its sidecar's fields) and the pipeline's version, in hex. */
  public static String contentHash(Article article) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {article.text(), article.meta().toString(), Pipeline.version()}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
