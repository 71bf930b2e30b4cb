package newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graphs written in sorted batches are exactly the graphs given, and a second write replaces them. */
class GraphStoreTest {
  private static final String A = "https://example.org/article/a", B = "https://example.org/article/b";

  @Test
  void sortedBatchHoldsExactlyTheGivenGraphs(@TempDir Path dir) throws StoreException {
    Map<String, Model> batch = new LinkedHashMap<>();
    batch.put(A, turtle("""
        <https://example.org/person/x> a <https://schema.org/Person> ; <https://schema.org/name> "X" ;
          <https://example.org/ns#evidence> [ <http://www.w3.org/ns/oa#start> 12 ; <http://www.w3.org/ns/oa#end> 40 ] .
        <https://example.org/q/1> <https://example.org/ns#speaker> <https://example.org/person/x> ;
          <https://example.org/ns#confidence> 0.9 ; <https://schema.org/text> "Talks went well."@en .
        """));
    batch.put(B, turtle("""
        <https://example.org/person/x> a <https://schema.org/Person> ; <https://schema.org/name> "X" .
        <https://example.org/person/y> <https://schema.org/name> "Y" ; <https://example.org/ns#met> <https://example.org/person/x> .
        """));
    try (GraphStore store = GraphStore.open(dir, true)) {
      store.replaceGraphs(batch);
      assertThat(IsoMatcher.isomorphic(asWritten(store), expected(batch))).isTrue();
      // every index was written, not only the graph-first one: patterns led by subject, predicate, object
      assertThat(count(store, "GRAPH ?g { <https://example.org/person/x> ?p ?o }")).isEqualTo(5);
      assertThat(count(store, "GRAPH ?g { ?s <https://schema.org/name> ?o }")).isEqualTo(3);
      assertThat(count(store, "GRAPH ?g { ?s ?p <https://example.org/person/x> }")).isEqualTo(2);

      // writing a graph again replaces it: nothing of the old version is left, the other graph is untouched
      Map<String, Model> again = Map.of(A, turtle("<https://example.org/person/z> <https://schema.org/name> \"Z\" ."));
      store.replaceGraphs(again);
      Map<String, Model> now = new LinkedHashMap<>(batch);
      now.putAll(again);
      assertThat(IsoMatcher.isomorphic(asWritten(store), expected(now))).isTrue();
      assertThat(store.quadCount()).isEqualTo(1 + batch.get(B).size());
    }
  }

  private static long count(GraphStore store, String pattern) {
    return Txn.calculateRead(store.dataset(), () -> {
      try (var exec = org.apache.jena.query.QueryExecutionFactory.create(
          "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }", store.dataset())) {
        return exec.execSelect().next().getLiteral("n").getLong();
      }
    });
  }

  private static DatasetGraph asWritten(GraphStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      Dataset copy = DatasetFactory.create();
      store.dataset().listModelNames().forEachRemaining(r -> {
        if (!r.getURI().equals(GraphStore.META_GRAPH)) copy.addNamedModel(r.getURI(), store.dataset().getNamedModel(r.getURI()));
      });
      return copy.asDatasetGraph();
    });
  }

  private static DatasetGraph expected(Map<String, Model> graphs) {
    Dataset expected = DatasetFactory.create();
    graphs.forEach(expected::addNamedModel);
    return expected.asDatasetGraph();
  }

  private static Model turtle(String ttl) {
    return ModelFactory.createDefaultModel().read(new StringReader(ttl), null, "TTL");
  }
}
