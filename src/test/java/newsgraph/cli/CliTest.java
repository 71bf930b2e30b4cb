package newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, on the bundled corpus. */
class CliTest {
  @TempDir static Path tmp;
  static Path store;

  record Run(int code, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @BeforeAll
  static void buildCorpus() {
    store = tmp.resolve("db");
    Run r = run("build", "--store", store.toString(), "corpus");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("built 5 articles");
  }

  @Test
  void cannedQueriesAnswerWithTheContractColumns() {
    String[][] contract = {
        {"meetings.rq", "article,event,participant,participant_name,date,place_name,status"},
        {"quotes.rq", "article,quote,speaker,speaker_name,text,kind"},
        {"positions.rq", "article,position,holder,holder_name,polarity,target_name"},
        {"entities.rq", "article,entity,name,type"}};
    for (String[] c : contract) {
      Run r = run("query", "--store", store.toString(), "--format", "csv", "queries/" + c[0]);
      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith(c[1]);
      assertThat(r.out().lines().count()).as(c[0]).isGreaterThan(3);
    }
  }

  @Test
  void rebuildingIsIdempotent() {
    long before = quads();
    Set<String> iris = entityIris(store);
    assertThat(run("build", "--store", store.toString(), "corpus").code()).isZero();
    assertThat(quads()).isEqualTo(before);
    assertThat(entityIris(store)).isEqualTo(iris);
  }

  @Test
  void sameCorpusInAnotherOrderGivesTheSameEntityIris() throws Exception {
    Path other = tmp.resolve("reversed");
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(Path.of("corpus"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted(java.util.Comparator.reverseOrder()).forEach(files::add);
    }
    for (Path f : files) assertThat(run("build", "--store", other.toString(), f.toString()).code()).isZero();
    assertThat(entityIris(other)).isEqualTo(entityIris(store));
  }

  @Test
  void storeConformsToTheShapes() {
    Run r = run("validate", "--store", store.toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("conforms");
  }

  @Test
  void shapesCatchAMeetingWithOneActor() {
    Model bad = ModelFactory.createDefaultModel();
    RDFDataMgr.read(bad, new java.io.StringReader("""
        @prefix ng: <https://w3id.org/newsgraph/ns#> . @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
        <http://example.org/e> a ng:Meeting ; sem:hasActor <http://example.org/p> ."""), null, Lang.TURTLE);
    ValidationReport report = ValidateCommand.validate(bad.getGraph());
    assertThat(report.conforms()).isFalse();
  }

  @Test
  void exportsParseInEveryFormat() throws Exception {
    for (String format : List.of("ttl", "nt", "nq", "trig", "jsonld", "rdf")) {
      Path file = tmp.resolve("export." + format);
      Run r = run("export", "--store", store.toString(), "--format", format, "--out", file.toString());
      assertThat(r.code()).as(format + ": " + r.err()).isZero();
      Lang lang = ExportCommand.lang(format);
      Dataset ds = DatasetFactory.create();
      RDFDataMgr.read(ds, file.toString(), lang);
      long size = ds.asDatasetGraph().stream().count();
      assertThat(size).as(format).isGreaterThan(1000);
    }
  }

  @Test
  void aFolderThatIsNoStoreIsRefusedAndLeftAsItIs() throws Exception {
    Path articles = tmp.resolve("articles");
    Files.createDirectories(articles);
    Files.writeString(articles.resolve("a.txt"), "Text.");
    Run r = run("query", "--store", articles.toString(), "ASK { ?s ?p ?o }");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not a newsgraph store");
    try (var files = Files.list(articles)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.txt");
    }
  }

  @Test
  void anArticleOverItsTimeLimitIsSkippedAndTheOthersAreBuilt() throws Exception {
    Path dir = tmp.resolve("slow");
    Files.createDirectories(dir);
    Files.copy(Path.of("corpus/000_008a0112ecb48a67.txt"), dir.resolve("fine.txt"));
    // issue 17: a long article without full stops, one paragraph of one "sentence"
    String text = Files.readString(Path.of("corpus/002_785d0492bf8adcf7.txt")).replace(".", "").replace("\n", " ");
    Files.writeString(dir.resolve("endless.txt"), (text + " ").repeat(200));
    Run r = run("build", "--article-timeout", "4", "--store", tmp.resolve("slow-db").toString(), dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("endless.txt: skipped: processing took longer than 4 s").contains("built 1 articles");
  }

  @Test
  void badArgumentsGetOneLineAndExitCode2() {
    // issue 17: each of these printed a stack trace, a wrong message, or was accepted
    Run export = run("export", "--store", store.toString(), "--format", "nt", "--out", tmp.resolve("no/such/x.nt").toString());
    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("no such folder").doesNotContain("Exception");
    Run query = run("query", "--store", store.toString(), "queries/nonexistent.rq");
    assertThat(query.code()).isEqualTo(2);
    assertThat(query.err()).contains("no such query file").doesNotContain("malformed");
    Run base = run("build", "--store", tmp.resolve("base-db").toString(), "--base", "not an iri", "corpus");
    assertThat(base.code()).isEqualTo(2);
    assertThat(base.err()).contains("is not an absolute http(s) IRI");
    Run curation = run("build", "--store", tmp.resolve("cur-db").toString(), "--curation", tmp.resolve("none.tsv").toString(), "corpus");
    assertThat(curation.code()).isEqualTo(2);
    assertThat(curation.err()).contains("none.tsv: no such file");
    Run help = run("build", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.err() + help.out()).doesNotContain("picocli WARN");
  }

  @Test
  void unchangedArticlesAreNotRebuilt() {
    Run again = run("build", "--store", store.toString(), "corpus");
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("built 0 articles").contains("5 articles unchanged");
  }

  @Test
  void aDifferentArticleOfTheSameNameIsKeptBesideTheFirst() throws Exception {
    // issue 17: "build a/same.txt" then "build b/same.txt" silently replaced the first
    Path a = tmp.resolve("a"), b = tmp.resolve("b"), db = tmp.resolve("same-db");
    Files.createDirectories(a);
    Files.createDirectories(b);
    Files.writeString(a.resolve("same.txt"), "Chilean President Ana Ruiz met Peruvian President Jorge Salas in Lima.");
    Files.writeString(b.resolve("same.txt"), "Chilean President Ana Ruiz met Bolivian President Luis Arce in La Paz.");
    assertThat(run("build", "--store", db.toString(), a.toString()).code()).isZero();
    Run second = run("build", "--store", db.toString(), b.toString());
    assertThat(second.code()).isZero();
    assertThat(second.err()).contains("an article of the same name from").contains("stored as same-2");
    Run articles = run("query", "--store", db.toString(), "--format", "csv",
        "SELECT ?a WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } } ORDER BY ?a");
    assertThat(articles.out()).contains("/article/same\r\n").contains("/article/same-2");
    // the first file edited in place replaces its own graph, under its own name
    Files.writeString(a.resolve("same.txt"), "Chilean President Ana Ruiz met Peruvian President Jorge Salas in Cusco.");
    Run edited = run("build", "--store", db.toString(), a.toString());
    assertThat(edited.err()).doesNotContain("same name").contains("built 1 articles");
  }

  @Test
  void anEditedArticleReplacesItsGraphAndTheStoreIsCompacted() throws Exception {
    // issue 17: every rebuild left the old copies behind (TDB2 only appends) and the store doubled
    Path dir = tmp.resolve("edited"), db = tmp.resolve("edited-db");
    Files.createDirectories(dir);
    Path f = Files.copy(Path.of("corpus/000_008a0112ecb48a67.txt"), dir.resolve("a.txt"));
    assertThat(run("build", "--store", db.toString(), dir.toString()).code()).isZero();
    Files.writeString(f, Files.readString(f) + "\n");
    Run r = run("build", "--store", db.toString(), dir.toString());
    assertThat(r.err()).contains("1 articles replaced; the store was compacted");
    try (var files = Files.list(db)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-"))).containsExactly("Data-0002");
    }
    assertThat(run("validate", "--store", db.toString()).code()).isZero();
  }

  @Test
  void anInterruptedBuildIsNoticedByValidateAndFinishedByTheNextBuild() throws Exception {
    // issue 17: a build killed before the identity step left surnames unlinked, and validate said nothing
    Path db = tmp.resolve("killed-db");
    assertThat(run("build", "--store", db.toString(), "corpus/000_008a0112ecb48a67.txt").code()).isZero();
    try (var gs = newsgraph.store.GraphStore.open(db, false)) {
      gs.markBuilding(true); // as a build stopped by kill -9 leaves it
    }
    Run validate = run("validate", "--store", db.toString());
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out()).contains("the last build was interrupted");
    Run again = run("build", "--store", db.toString(), "corpus/000_008a0112ecb48a67.txt");
    assertThat(again.err()).contains("was interrupted; identities linked again now");
    assertThat(run("validate", "--store", db.toString()).code()).isZero();
  }

  @Test
  void aReadOnlyStoreIsQueriedThroughACopy() throws Exception {
    // issue 17: a store on a read-only disk was reported as "in use by another process"
    Path ro = tmp.resolve("ro-db");
    assertThat(run("build", "--store", ro.toString(), "corpus/000_008a0112ecb48a67.txt").code()).isZero();
    Files.deleteIfExists(ro.resolve("tdb.lock"));
    try (var files = Files.walk(ro)) {
      files.forEach(p -> p.toFile().setWritable(false, false));
    }
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "root writes anywhere: checked by hand on a read-only mount");
      Run r = run("query", "--store", ro.toString(), "ASK { ?s ?p ?o }");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("yes");
      assertThat(r.err()).contains("is read-only: reading a copy");
    } finally {
      try (var files = Files.walk(ro)) {
        files.forEach(p -> p.toFile().setWritable(true, false));
      }
    }
  }

  @Test
  void aCurationLineThatMatchesNothingIsReported() throws Exception {
    Path curation = Files.writeString(tmp.resolve("curation.tsv"), "merge\tNobody Atall\tVladimir Putin\n");
    Run r = run("build", "--store", tmp.resolve("cur2-db").toString(), "--curation", curation.toString(),
        "corpus/000_008a0112ecb48a67.txt");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("curation: 'Nobody Atall' names no entity in the store").doesNotContain("'Vladimir Putin'");
  }

  @Test
  void noCommandOrAnUnknownOneIsAUsageError() {
    assertThat(run().code()).isEqualTo(2);
    Run r = run("frobnicate", "--help");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown command 'frobnicate'");
  }

  @Test
  void malformedQueryGivesItsPositionAndExitCode2() {
    Run r = run("query", "--store", store.toString(), "SELECT ?x WHERE { ?x ?y }");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("malformed query at line 1").doesNotContain("Exception");
  }

  @Test
  void askAndConstructUseStandardFormats() {
    Run ask = run("query", "--store", store.toString(), "--format", "json",
        "PREFIX ng: <https://w3id.org/newsgraph/ns#> ASK { ?m a ng:Meeting }");
    assertThat(ask.out()).contains("\"boolean\" : true");
    Run construct = run("query", "--store", store.toString(), "--format", "nt",
        "PREFIX schema: <https://schema.org/> CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n } LIMIT 3");
    assertThat(construct.out().lines().count()).isEqualTo(3);
  }

  @Test
  void badInputsAreNamedOneLineEachAndTheRestIsBuilt() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("mixed"));
    Files.writeString(corpus.resolve("good.txt"), "Ghanaian President Kofi Mensah met Nigerian President Bola Adeyemi in Accra on Monday.");
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5});
    Files.writeString(corpus.resolve("furniture.txt"), "Hide Ad\nSkip to main content\n");
    Files.writeString(corpus.resolve("french.txt"), "Le président français a rencontré le chancelier allemand à Berlin "
        + "mercredi pour discuter de la guerre et des sanctions. Les deux dirigeants ont exprimé leur soutien à Kiev.");
    Files.writeString(corpus.resolve("dated.txt"), "The ministers met in Rome.");
    Files.writeString(corpus.resolve("dated.meta.json"), "{\"published\": \"yesterday\"}");
    Path sub = Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(sub.resolve("good.txt"), "Another article with the same name as one in the folder above.");
    Path db = tmp.resolve("mixed-db");
    Run r = run("build", "--store", db.toString(), corpus.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("empty.txt: empty file", "binary.txt: binary file, not text",
        "furniture.txt: no sentences found", "french.txt: not in English (detected language: fra)",
        "dated.meta.json: bad \"published\" date 'yesterday'", "an article of the same name was read from")
        .doesNotContain("Exception");
    Run q = run("query", "--store", db.toString(), "--format", "csv", "queries/meetings.rq");
    assertThat(q.out()).contains("Kofi Mensah", "Bola Adeyemi");
  }

  private static long quads() {
    Run r = run("query", "--store", store.toString(), "--format", "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <urn:x-newsgraph:meta>) }");
    return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().trim());
  }

  private static Set<String> entityIris(Path db) {
    Run r = run("query", "--store", db.toString(), "--format", "csv", "queries/entities.rq");
    Set<String> iris = new TreeSet<>();
    r.out().lines().skip(1).forEach(l -> iris.add(l.split(",")[1]));
    return iris;
  }
}
