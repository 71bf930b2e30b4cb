package newsgraph.spark;

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
import newsgraph.cli.Main;
import newsgraph.store.GraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} and {@code load} against {@code build}: the same article graphs,
 * quad for quad (blank nodes matched by isomorphism; the metadata graph with its build records aside),
 * and bad inputs listed in the manifest with {@code build}'s reasons.
 */
class SparkJobTest {
  @TempDir static Path tmp;

  record Run(int code, String err) {}

  static synchronized Run run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new Run(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  static Run spark(Path out, String... inputs) {
    List<String> args = new ArrayList<>(List.of("spark", "--master", "local[2]", "--out", out.toString()));
    args.addAll(List.of(inputs));
    return run(args.toArray(String[]::new));
  }

  static Path built, loaded, out;

  @BeforeAll
  static void buildBothWays() {
    System.setProperty("spark.ui.enabled", "false");
    built = tmp.resolve("built");
    Run b = run("build", "--store", built.toString(), "corpus");
    assertThat(b.code()).as(b.err()).isZero();
    out = tmp.resolve("nq");
    Run s = spark(out, "corpus");
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.err()).contains("built 5 articles");
    loaded = tmp.resolve("loaded");
    Run l = run("load", "--store", loaded.toString(), out.toString());
    assertThat(l.code()).as(l.err()).isZero();
  }

  @Test
  void sparkThenLoadGivesTheArticleGraphsOfBuildQuadForQuad() throws Exception {
    assertThat(out.resolve("part-00000.nq.gz")).exists();
    List<String> differences = differences(built, loaded);
    assertThat(differences).isEmpty();
    // not vacuous: five article graphs and the events' graph of the identity step, with blank nodes
    try (GraphStore gs = GraphStore.open(loaded, false)) {
      Txn.executeRead(gs.dataset(), () -> {
        assertThat(articleGraphs(gs.dataset())).filteredOn(g -> g.contains("/article/")).hasSize(5);
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(gs.dataset().asDatasetGraph().find())).anyMatch(q -> q.getObject().isBlank());
      });
    }
  }

  @Test
  void theLoadedStoreHasItsBaseAndABuildRecord() throws Exception {
    try (GraphStore gs = GraphStore.open(loaded, false)) {
      assertThat(gs.baseIri()).contains("https://w3id.org/newsgraph/id/");
      assertThat(gs.buildUnfinished()).isFalse();
      String q = "SELECT ?n WHERE { GRAPH <" + GraphStore.META_GRAPH + "> { ?b <https://w3id.org/newsgraph/ns#articles> ?n } }";
      List<Integer> counts = new ArrayList<>();
      Txn.executeRead(gs.dataset(), () -> {
        try (var qe = QueryExecutionFactory.create(q, gs.dataset())) {
          qe.execSelect().forEachRemaining(r -> counts.add(r.getLiteral("n").getInt()));
        }
      });
      assertThat(counts).containsExactly(5);
    }
  }

  @Test
  void aLoadNeverWritesIntoAStoreThatHoldsData() {
    Run again = run("load", "--store", built.toString(), out.toString());
    assertThat(again.code()).isEqualTo(Main.FATAL);
    assertThat(again.err()).contains("is not empty");
  }

  @Test
  void aLoadUnderAnotherBaseThanTheJobsIsRefused() {
    Run r = run("load", "--store", tmp.resolve("other-base").toString(), "--base", "https://data.example/id/", out.toString());
    assertThat(r.code()).isEqualTo(Main.FATAL);
    assertThat(r.err()).contains("built with base <https://w3id.org/newsgraph/id/>, not <https://data.example/id/>");
    assertThat(tmp.resolve("other-base")).doesNotExist();
  }

  @Test
  void brokenNQuadsLeaveNoStoreBehind() throws Exception {
    Path bad = tmp.resolve("bad-nq");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("part-00000.nq"), "<urn:a> <urn:b> \"unterminated .\n");
    Path target = tmp.resolve("never");
    Run r = run("load", "--store", target.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(Main.FATAL);
    assertThat(r.err()).contains("part-00000.nq: not valid N-Quads").contains("nothing was written");
    assertThat(target).doesNotExist();
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".loading-"));
    }
  }

  @Test
  void badFilesAreInTheManifestWithTheReasonsBuildGives() throws Exception {
    Path in = tmp.resolve("mixed");
    Files.createDirectories(in);
    List<Path> bundled = Files.list(Path.of("corpus")).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    Path good = bundled.get(0);
    Files.copy(good, in.resolve("a-good.txt"));
    Files.writeString(in.resolve("a-good.meta.json"), "{\"url\": \"https://news.example/one\"}");
    Files.copy(good, in.resolve("b-same-text.txt"));
    Files.write(in.resolve("c-empty.txt"), new byte[0]);
    Files.write(in.resolve("d-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
    Files.copy(good, in.resolve("e-broken-sidecar.txt"));
    Files.writeString(in.resolve("e-broken-sidecar.meta.json"), "{\"title\": \"cut off");
    Files.copy(bundled.get(1), in.resolve("f-same-url.txt"));
    Files.writeString(in.resolve("f-same-url.meta.json"), "{\"url\": \"https://news.example/one\"}");
    Files.createDirectories(in.resolve("z"));
    Files.copy(bundled.get(2), in.resolve("z/a-good.txt")); // another article of the same name: its IRI is taken

    Path jobOut = tmp.resolve("mixed-nq");
    Run s = spark(jobOut, in.toString());
    assertThat(s.code()).as(s.err()).isEqualTo(Main.SOME_FAILED);
    List<String> manifest = Files.readAllLines(jobOut.resolve("manifest.tsv"));
    assertThat(manifest.get(0)).isEqualTo("status\tsource\tarticle\tdetail");
    assertThat(manifest.subList(1, manifest.size())).extracting(l -> l.split("\t", -1)[0])
        .containsExactly("built", "duplicate", "failed", "failed", "failed", "duplicate", "failed");

    Run b = run("build", "--store", tmp.resolve("mixed-db").toString(), in.toString());
    assertThat(b.code()).isEqualTo(Main.SOME_FAILED);
    List<String> buildSaid = b.err().lines().filter(l -> l.startsWith("newsgraph: ") && l.contains(in.toString()))
        .map(l -> l.substring("newsgraph: ".length()).replaceFirst("^warning: ", "")).toList();
    List<String> details = manifest.stream().skip(1).map(l -> l.split("\t", -1)[3]).filter(d -> !d.isEmpty()).toList();
    assertThat(details).containsExactlyInAnyOrderElementsOf(buildSaid);
    assertThat(details).anyMatch(d -> d.endsWith("c-empty.txt: empty file"))
        .anyMatch(d -> d.endsWith("d-binary.txt: binary file, not text"))
        .anyMatch(d -> d.contains("e-broken-sidecar.meta.json: sidecar is not valid JSON"))
        .anyMatch(d -> d.endsWith("f-same-url.txt: same URL as " + in.resolve("a-good.txt") + " (https://news.example/one), counted once"))
        .anyMatch(d -> d.endsWith("z/a-good.txt: skipped: an article of the same name was read from " + in.resolve("a-good.txt")));
  }

  /** Graph names and graphs, outside the metadata graph, that are not the same in both stores. */
  static List<String> differences(Path a, Path b) {
    List<String> out = new ArrayList<>();
    try (GraphStore ga = GraphStore.open(a, false); GraphStore gb = GraphStore.open(b, false)) {
      Txn.executeRead(ga.dataset(), () -> Txn.executeRead(gb.dataset(), () -> {
        Set<String> na = articleGraphs(ga.dataset()), nb = articleGraphs(gb.dataset());
        if (!na.equals(nb)) out.add("graphs differ: " + na + " vs " + nb);
        for (String g : na) {
          if (!nb.contains(g)) continue;
          Graph x = copy(ga.dataset().asDatasetGraph(), g), y = copy(gb.dataset().asDatasetGraph(), g);
          if (x.size() != y.size() || !x.isIsomorphicWith(y))
            out.add(g + ": " + x.size() + " quads vs " + y.size() + (x.size() == y.size() ? ", not isomorphic" : ""));
        }
      }));
    } catch (Exception e) {
      out.add("cannot open: " + e);
    }
    return out;
  }

  private static Set<String> articleGraphs(Dataset ds) {
    Set<String> names = new TreeSet<>();
    ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
      if (!n.getURI().equals(GraphStore.META_GRAPH)) names.add(n.getURI());
    });
    return names;
  }

  private static Graph copy(DatasetGraph dsg, String name) {
    Graph g = GraphFactory.createDefaultGraph();
    Node n = org.apache.jena.graph.NodeFactory.createURI(name);
    dsg.getGraph(n).find().forEachRemaining(g::add);
    return g;
  }
}
