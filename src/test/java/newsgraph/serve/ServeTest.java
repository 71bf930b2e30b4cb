package newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import newsgraph.cli.Main;
import newsgraph.store.GraphStore;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served store as HTTP clients and a real headless browser see it. */
class ServeTest {
  @TempDir static Path tmp;
  static GraphStore store;
  static FusekiServer server;
  static String root;
  static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void serveTheCorpus() throws Exception {
    Path db = tmp.resolve("db");
    assertThat(Main.execute("build", "--store", db.toString(), "--base", "http://localhost:0/", "corpus")).isZero();
    store = GraphStore.open(db, false);
    server = LinkedDataServer.start(store, 0, "http://localhost:0/", 10, 100);
    root = "http://localhost:" + server.getHttpPort();
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void sparqlEndpointAnswersTheMeetingsQueryAsJson() throws Exception {
    String query = Files.readString(Path.of("queries/meetings.rq"));
    HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
        "application/sparql-results+json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"participant_name\"", "Vladimir Putin");
  }

  @Test
  void healthCheckAndDatasetIriAnswer() throws Exception {
    assertThat(get("/$/ping", "text/plain").statusCode()).isEqualTo(200);
    HttpResponse<String> dataset = get("/dataset", "text/turtle");
    assertThat(dataset.statusCode()).isEqualTo(303);
    assertThat(dataset.headers().firstValue("Location")).hasValue("/void");
  }

  @Test
  void searchAnswersForEveryEntityName() throws Exception {
    // issue 17: names shared with blank nodes (places of reports) made the search fail with HTTP 500
    String csv = get("/sparql?query=" + URLEncoder.encode(
        "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?e <https://schema.org/name> ?name } }", StandardCharsets.UTF_8),
        "text/csv").body();
    String[] names = csv.split("\r?\n");
    assertThat(names.length).isGreaterThan(10);
    for (int i = 1; i < names.length; i++) {
      String name = names[i].replace("\"", "");
      HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "application/json");
      assertThat(r.statusCode()).as(name).isEqualTo(200);
    }
  }

  @Test
  void everyQueryRouteIsCappedAndSaysSo() throws Exception {
    String all = URLEncoder.encode("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
    for (String route : List.of("/sparql", "/sparql/query", "/sparql/sparql")) {
      HttpResponse<String> r = get(route + "?query=" + all, "text/csv");
      assertThat(r.statusCode()).as(route).isEqualTo(200);
      assertThat(r.body().split("\r?\n")).as(route).hasSize(101);
      assertThat(r.headers().firstValue(ResultLimitFilter.CAPPED_HEADER)).as(route).hasValue("100");
    }
    assertThat(get("/sparql?default", "application/n-triples").statusCode()).isEqualTo(403);
  }

  @Test
  void resultsAreCappedAtTheLimit() throws Exception {
    String all = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
    String csv = get("/sparql?query=" + URLEncoder.encode(all, StandardCharsets.UTF_8), "text/csv").body();
    assertThat(csv.split("\r?\n")).hasSize(101);
    assertThat(new ResultLimitFilter(5).capped("SELECT * { ?s ?p ?o } LIMIT 3")).containsPattern("LIMIT\\s+3");
    assertThat(new ResultLimitFilter(5).capped("SELECT * { ?s ?p ?o }")).containsPattern("LIMIT\\s+5");
  }

  @Test
  void updateIsRefused() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/sparql"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(get("/sparql?query=" + URLEncoder.encode("ASK { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8),
        "application/sparql-results+json").body()).contains("true");
  }

  @Test
  void countriesAndCitiesLinkToWikidataAndGeoNames() throws Exception {
    // issue 18: every country in the graph has exactly one owl:sameAs, the Wikidata id country-coder gives it
    String q = """
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT ?e (COUNT(DISTINCT ?o) AS ?n) (SAMPLE(?o) AS ?link) WHERE { GRAPH ?g { ?e a <https://schema.org/Country> }
          OPTIONAL { GRAPH ?h { ?e owl:sameAs ?o } } } GROUP BY ?e""";
    java.util.Map<String, String> expected = new java.util.HashMap<>();
    for (String[] row : newsgraph.entity.Gazetteer.rows("wikidata.tsv"))
      if (row[0].equals("country")) expected.put("country/" + newsgraph.entity.Entity.slug(row[1]), row[2]);
    String csv = get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body();
    List<String> rows = csv.lines().skip(1).toList();
    assertThat(rows).hasSizeGreaterThan(10);
    for (String row : rows) {
      String[] cols = row.split(",");
      String key = cols[0].substring("http://localhost:0/".length());
      assertThat(cols[1]).as(key + " has one link").isEqualTo("1");
      assertThat(cols[2]).as(key).isEqualTo("http://www.wikidata.org/entity/" + expected.get(key));
    }
    assertThat(csv).contains("country/russia,1,http://www.wikidata.org/entity/Q159",
        "country/china,1,http://www.wikidata.org/entity/Q148");
    String turtle = get("/city/moscow", "text/turtle").headers().firstValue("Location").orElseThrow();
    String moscow = get(turtle, "text/turtle").body();
    assertThat(moscow).contains("owl:sameAs", "<https://sws.geonames.org/524901/>", "schema:containedInPlace");
    assertThat(get("/page/city/beijing", "text/html").body()).contains("https://sws.geonames.org/1816670/", "GeoNames 1816670");
    Model voidModel = ModelFactory.createDefaultModel();
    RDFDataMgr.read(voidModel, new StringReader(get("/void", "text/turtle").body()), null, Lang.TURTLE);
    String linksets = """
        PREFIX void: <http://rdfs.org/ns/void#>
        SELECT ?space ?n WHERE { ?l a void:Linkset ; void:triples ?n ; void:objectsTarget/void:uriSpace ?space } ORDER BY ?space""";
    try (var qe = org.apache.jena.query.QueryExecution.model(voidModel).query(linksets).build()) {
      var rs = qe.execSelect();
      List<String> found = new java.util.ArrayList<>();
      rs.forEachRemaining(b -> found.add(b.getLiteral("space").getString() + " " + b.getLiteral("n").getLong()));
      assertThat(found).hasSize(2);
      assertThat(found.get(0)).startsWith("http://www.wikidata.org/entity/ ");
      assertThat(found.get(1)).startsWith("https://sws.geonames.org/ ");
      assertThat(found).allMatch(f -> Long.parseLong(f.substring(f.indexOf(' ') + 1)) > 0);
    }
  }

  @Test
  void eventAndArticlePagesShowWhatTheyAreAbout() throws Exception {
    // issue 17: an event page showed only its actors and a raw rdf:type; an article page raw statements
    HttpResponse<String> event = get("/page/event/2023-02-22/vladimir-putin--wang-yi", "text/html");
    assertThat(event.statusCode()).isEqualTo(200);
    assertThat(event.body()).contains("<h2>Participants</h2>", "<h2>Reports</h2>", "<th>date</th>", "2023-02-22", "Moscow",
        "Occurred", "Vladimir Putin", "Wang Yi");
    assertThat(event.body().split("article/0", -1).length).as("every reporting article is linked").isGreaterThan(3);
    HttpResponse<String> article = get("/page/article/000_008a0112ecb48a67", "text/html");
    assertThat(article.body()).contains("The Globe and Mail", "2023-02-22", "<h2>Meetings</h2>", "<h2>Said</h2>",
        "<th>speaker</th>");
    HttpResponse<String> person = get("/page/person/vladimir-putin", "text/html");
    assertThat(person.body()).contains("<thead><tr><th>with</th><th>date</th>");
    HttpResponse<String> second = get("/page/person/vladimir-putin?page=2", "text/html");
    assertThat(second.body()).contains("Page 2").contains("previous").doesNotContain("<h2>Meetings</h2>");
    assertThat(get("/", "text/html").body()).contains("A dashed edge is a meeting that has not taken place");
  }

  @Test
  void entityIriSeesOtherDocumentsByAccept() throws Exception {
    HttpResponse<String> browser = get("/person/vladimir-putin", "text/html,application/xhtml+xml");
    assertThat(browser.statusCode()).isEqualTo(303);
    assertThat(browser.headers().firstValue("Location")).contains("/page/person/vladimir-putin");
    HttpResponse<String> page = get("/page/person/vladimir-putin", "text/html");
    assertThat(page.body()).contains("<h1>Vladimir Putin</h1>", "Meetings", "Wang Yi", "Said");

    HttpResponse<String> rdf = get("/person/vladimir-putin", "text/turtle");
    assertThat(rdf.statusCode()).isEqualTo(303);
    HttpResponse<String> turtle = get(rdf.headers().firstValue("Location").orElseThrow(), "text/turtle");
    assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/turtle"));
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, new StringReader(turtle.body()), null, Lang.TURTLE);
    assertThat(m.contains(m.getResource("http://localhost:0/person/vladimir-putin"), m.getProperty("https://schema.org/name"),
        "Vladimir Putin")).isTrue();
    HttpResponse<String> jsonld = get("/data/person/vladimir-putin", "application/ld+json");
    assertThat(jsonld.body()).contains("Vladimir Putin");
  }

  @Test
  void unknownIriIs404() throws Exception {
    assertThat(get("/person/nobody-at-all", "text/html").statusCode()).isEqualTo(404);
  }

  @Test
  void voidDescribesTheDataset() throws Exception {
    HttpResponse<String> r = get("/void", "text/turtle");
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, new StringReader(r.body()), null, Lang.TURTLE);
    assertThat(m.getResource("http://localhost:0/dataset").getProperty(m.getProperty(VoidDescription.VOID + "triples"))
        .getLong()).isGreaterThan(1000);
  }

  /** Headless Chromium (Debian's package; .ci/run installs it) opens the start page and must draw every person met. */
  @Test
  void startPageDrawsTheNetworkInAHeadlessBrowser() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "Debian's chromium is not installed (.ci/run installs it)");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + tmp.resolve("chromium"), "--virtual-time-budget=10000", "--dump-dom", root + "/")
        .redirectError(tmp.resolve("chromium.log").toFile()).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    String div = dom.replaceAll("(?s).*(<div id=\"network\"[^>]*>).*", "$1");
    assertThat(div).contains("data-errors=\"0\"");
    int drawn = Integer.parseInt(div.replaceAll(".*data-drawn-nodes=\"(\\d+)\".*", "$1"));
    assertThat(drawn).isEqualTo(personsInMeetings() + actorsNotPersons());
    assertThat(drawn).isGreaterThanOrEqualTo(personsInMeetings()).isGreaterThan(0);
  }

  private static int personsInMeetings() throws Exception {
    return namesOfType("Person").size();
  }

  private static int actorsNotPersons() throws Exception {
    return namesOfType("Country").size() + namesOfType("Organization").size();
  }

  private static Set<String> namesOfType(String type) throws Exception {
    String q = "PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
        + "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?r ng:reports ?e . ?e sem:hasActor ?a . ?a a <https://schema.org/" + type + "> } }";
    String csv = get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body();
    Set<String> out = new TreeSet<>(List.of(csv.split("\r?\n")));
    out.remove("a");
    out.remove("");
    return out;
  }
}
