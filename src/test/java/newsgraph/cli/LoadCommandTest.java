package newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.store.GraphStore;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} on its own (the Spark job's output is tested with Spark, in spark/src/test). */
class LoadCommandTest {
  @TempDir Path tmp;

  private static final String QUAD = "<https://data.example/id/article/a1> <https://schema.org/headline> \"Talks in Lima\""
      + " <https://data.example/id/article/a1> .\n";
  private static final String JOB = "base=https\\://data.example/id/\npipeline=0\nstarted=2026-01-01T00:00:00Z\n"
      + "ended=2026-01-01T00:01:00Z\narticles=1\nfailures=2\n";

  @Test
  void aJobsOutputBecomesAStoreWithItsBaseAndItsCounts() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("nq"));
    Files.writeString(out.resolve("part-00000.nq"), QUAD);
    Files.writeString(out.resolve("newsgraph-job.properties"), JOB);
    Path store = tmp.resolve("db");
    CliTest.Run r = CliTest.run("load", "--store", store.toString(), out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning: load: the N-Quads were made by pipeline 0");
    try (GraphStore gs = GraphStore.open(store, false)) {
      assertThat(gs.baseIri()).contains("https://data.example/id/");
      assertThat(gs.graphNames()).contains("https://data.example/id/article/a1");
      List<String> counts = new ArrayList<>();
      String q = "SELECT ?a ?f WHERE { GRAPH <" + GraphStore.META_GRAPH + "> { ?b <https://w3id.org/newsgraph/ns#articles> ?a ;"
          + " <https://w3id.org/newsgraph/ns#failures> ?f } }";
      Txn.executeRead(gs.dataset(), () -> {
        try (var qe = QueryExecutionFactory.create(q, gs.dataset())) {
          qe.execSelect().forEachRemaining(row -> counts.add(row.getLiteral("a").getInt() + "/" + row.getLiteral("f").getInt()));
        }
      });
      assertThat(counts).containsExactly("1/2");
    }
  }

  @Test
  void badInputsAreRefusedInOneLineAndNoStoreIsMade() throws Exception {
    Path store = tmp.resolve("never");
    CliTest.Run missing = CliTest.run("load", "--store", store.toString(), tmp.resolve("gone").toString());
    assertThat(missing.code()).isEqualTo(Main.FATAL);
    assertThat(missing.err()).contains("gone: no such file or folder");

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliTest.Run none = CliTest.run("load", "--store", store.toString(), empty.toString());
    assertThat(none.err()).contains("no N-Quads (*.nq.gz, *.nq)");

    Path broken = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(broken.resolve("part-00000.nq"), QUAD);
    Files.writeString(broken.resolve("newsgraph-job.properties"), "pipeline=0\n");
    CliTest.Run bad = CliTest.run("load", "--store", store.toString(), broken.toString());
    assertThat(bad.code()).isEqualTo(Main.FATAL);
    assertThat(bad.err()).contains("newsgraph-job.properties: no 'base' field");
    assertThat(store).doesNotExist();
  }
}
