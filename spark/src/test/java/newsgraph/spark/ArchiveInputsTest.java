package newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsgraph.cli.Main;
import newsgraph.store.GraphStore;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The archive formats of the Spark job: JSON Lines with the text and the sidecar's fields, and a
 * WARC file of a crawl whose HTML pages become articles. The same meeting, reported in both, is
 * one event once loaded.
 */
class ArchiveInputsTest {
  @TempDir static Path tmp;
  static Path out, store;

  static final String REPORT = "Austrian Chancellor Anna Weber met Czech Prime Minister Tomas Novak in Vienna on Tuesday"
      + " to discuss energy prices.";
  static final String QUOTE = "\"We agreed that Europe must act together,\" Weber told reporters after the meeting.";

  @BeforeAll
  static void runTheJob() throws Exception {
    System.setProperty("spark.ui.enabled", "false");
    Path jsonl = tmp.resolve("wire.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"wire 0001\", \"text\": \"VIENNA (Wire) - " + REPORT + "\\n\\n" + QUOTE.replace("\"", "\\\"")
            + "\", \"title\": \"Weber and Novak talk energy\", \"published\": \"2024-05-15\", \"url\": \"https://wire.example/0001\"}",
        "{\"text\": \"cut off",
        "{\"title\": \"no text here\"}",
        "{\"text\": \"" + REPORT + "\", \"url\": \"https://wire.example/a page\"}",
        ""));
    Path warc = tmp.resolve("crawl.warc.gz");
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         WarcWriter writer = new WarcWriter(ch, WarcCompression.GZIP)) {
      String html = "<html lang=\"en\"><head><title>Site | Talks</title>"
          + "<meta property=\"og:title\" content=\"Chancellor hosts Czech premier\">"
          + "<meta property=\"og:site_name\" content=\"The Example Post\">"
          + "<meta property=\"article:published_time\" content=\"2024-05-15T09:30:00Z\">"
          + "<script>var ad = 'Hide Ad';</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
          + "<article><h1>Chancellor hosts Czech premier</h1><p>" + REPORT + "</p><p>" + QUOTE.replace("\"", "&quot;")
          + "</p></article><footer>Subscribe to our newsletter</footer></body></html>";
      writer.write(response("https://post.example/world/talks", "text/html; charset=utf-8", html));
      writer.write(response("https://post.example/logo.png", "image/png", "\u0089PNG"));
    }
    out = tmp.resolve("nq");
    SparkJobTest.Run s = SparkJobTest.spark(out, jsonl.toString(), warc.toString());
    assertThat(s.code()).as(s.err()).isEqualTo(Main.SOME_FAILED);
    store = tmp.resolve("db");
    SparkJobTest.Run l = SparkJobTest.run("load", "--store", store.toString(), out.toString());
    assertThat(l.code()).as(l.err()).isZero();
  }

  private static WarcResponse response(String url, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
    byte[] message = new byte[http.length() + bytes.length];
    System.arraycopy(http.getBytes(StandardCharsets.US_ASCII), 0, message, 0, http.length());
    System.arraycopy(bytes, 0, message, http.length(), bytes.length);
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-05-15T10:00:00Z"))
        .body(MediaType.HTTP_RESPONSE, message).build();
  }

  @Test
  void theManifestListsEveryRecordWithItsPlace() throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("manifest.tsv"));
    String jsonl = tmp.resolve("wire.jsonl").toString();
    assertThat(lines).anyMatch(l -> l.startsWith("built\t" + jsonl + "#line=1\thttps://w3id.org/newsgraph/id/article/wire-0001\t"))
        .anyMatch(l -> l.startsWith("failed\t" + jsonl + "#line=2\t") && l.contains("#line=2: not a JSON object"))
        .anyMatch(l -> l.startsWith("failed\t" + jsonl + "#line=3\t") && l.endsWith("#line=3: no \"text\" field"))
        .anyMatch(l -> l.startsWith("failed\t" + jsonl + "#line=4\t")
            && l.endsWith("#line=4: its graph cannot be written as N-Quads (the IRI <https://wire.example/a page>)"))
        .anyMatch(l -> l.startsWith("built\t" + tmp.resolve("crawl.warc.gz") + "#record=1\t"));
    assertThat(lines).hasSize(6); // the header, four lines of JSON, one page: the image is no article
  }

  @Test
  void aPageKeepsItsArticleTextAndItsMetadata() {
    List<String> rows = select("SELECT ?h ?p ?d ?u WHERE { GRAPH ?g { ?a <https://schema.org/headline> ?h ;"
        + " <https://schema.org/datePublished> ?d ; <https://schema.org/url> ?u OPTIONAL { ?a <https://schema.org/publisher> ?p } } }"
        + " ORDER BY ?h", "h", "p", "d", "u");
    assertThat(rows).containsExactly(
        "Chancellor hosts Czech premier|The Example Post|2024-05-15|https://post.example/world/talks",
        "Weber and Novak talk energy|null|2024-05-15|https://wire.example/0001");
    List<String> sentences = select("SELECT ?s WHERE { GRAPH ?g { ?q a <https://schema.org/Quotation> ;"
        + " <https://w3id.org/newsgraph/ns#kind> <https://w3id.org/newsgraph/ns#Direct> ; <https://schema.org/text> ?s } }", "s");
    assertThat(sentences).hasSize(2).allMatch(s -> s.equals("We agreed that Europe must act together"));
  }

  @Test
  void theMeetingReportedInBothIsOneEvent() {
    List<String> events = select("SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a <https://w3id.org/newsgraph/ns#Meeting> } }", "e");
    assertThat(events).containsExactly("https://w3id.org/newsgraph/id/event/2024-05-14/anna-weber--tomas-novak");
  }

  @Test
  void pagesAreReducedToTheirArticle() {
    var doc = org.jsoup.Jsoup.parse("<html><body><nav>Home World Sport</nav><article><p>First paragraph.</p>"
        + "<ul><li><p>An item.</p></li></ul><figure><figcaption>A caption.</figcaption></figure></article>"
        + "<aside>Read more</aside></body></html>", "https://news.example/a");
    HtmlText.Page page = HtmlText.of(doc, "https://news.example/a", java.time.LocalDate.of(2024, 5, 15));
    assertThat(page.text()).isEqualTo("First paragraph.\n\nAn item.\n\nA caption.\n");
    assertThat(page.meta().publisher()).isEqualTo("news.example");
    assertThat(page.meta().published()).isEqualTo(java.time.LocalDate.of(2024, 5, 15)); // the capture's day when the page has none
  }

  private static List<String> select(String query, String... vars) {
    List<String> rows = new ArrayList<>();
    try (GraphStore gs = GraphStore.open(store, false)) {
      Txn.executeRead(gs.dataset(), () -> {
        try (var qe = QueryExecutionFactory.create(query, gs.dataset())) {
          qe.execSelect().forEachRemaining(r -> {
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
              var n = r.get(v);
              cells.add(n == null ? "null" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(String.join("|", cells));
          });
        }
      });
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return rows;
  }
}
