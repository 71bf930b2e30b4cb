package newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsgraph.cli.Main;
import newsgraph.store.GraphStore;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriberTest {
  @TempDir Path tmp;

  @Test
  void rowsCanBeReadAfterTheReadTransaction() throws Exception {
    // TDB2 bindings fetch their nodes lazily: read after the transaction they failed ("Not in a
    // transaction") and the pages' cells came out empty
    Path db = tmp.resolve("db");
    assertThat(Main.execute("build", "--store", db.toString(), "corpus")).isZero();
    try (GraphStore store = GraphStore.open(db, false)) {
      List<QuerySolution> rows = new Describer(store.dataset())
          .select("SELECT ?text WHERE { GRAPH ?g { ?q a schema:Quotation ; schema:text ?text } }");
      assertThat(rows).hasSizeGreaterThan(50);
      assertThat(rows).allSatisfy(r -> assertThat(r.getLiteral("text").getString()).isNotBlank());
    }
  }
}
