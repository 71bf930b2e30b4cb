package newsgraph.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/** Reads what the store knows about one IRI, over the union of the article graphs. Thread-safe. */
final class Describer {
  /** The SPARQL prefixes of newsgraph's own vocabulary map, so the pages' queries and the data agree. */
  private static final String PREFIXES = newsgraph.rdf.Prefixes.map().entrySet().stream()
      .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(java.util.stream.Collectors.joining());
  private final Dataset dataset;

  Describer(Dataset dataset) {
    this.dataset = dataset;
  }

  boolean exists(String iri) {
    return ask("ASK { GRAPH ?g { <" + iri + "> ?p ?o } }");
  }

  /** The triples about the IRI, and the names and types of what they point to. */
  Model describe(String iri) {
    String q = PREFIXES + """
        CONSTRUCT { <%1$s> ?p ?o . ?o schema:name ?n . ?o a ?t . ?s ?p2 <%1$s> . }
        WHERE { GRAPH ?g { { <%1$s> ?p ?o OPTIONAL { ?o schema:name ?n } OPTIONAL { ?o a ?t } }
                UNION { ?s ?p2 <%1$s> FILTER(?p2 IN (sem:hasActor, ng:speaker, ng:holder, ng:reports)) } } }
        """.formatted(iri);
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
        Model m = qe.execConstruct();
        m.setNsPrefixes(newsgraph.rdf.Prefixes.map());
        return m;
      }
    });
  }

  List<QuerySolution> select(String body) {
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + body).build()) {
        // copied inside the read transaction: TDB2 bindings fetch their nodes lazily, and read
        // after the transaction ends they fail ("Not in a transaction") and leave cells empty
        List<QuerySolution> rows = new ArrayList<>();
        ResultSet rs = qe.execSelect();
        rs.forEachRemaining(row -> {
          org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
          row.varNames().forEachRemaining(v -> {
            if (row.get(v) != null) copy.add(v, row.get(v));
          });
          rows.add(copy);
        });
        return rows;
      }
    });
  }

  private boolean ask(String q) {
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
        return qe.execAsk();
      }
    });
  }

  static String prefixes() {
    return PREFIXES;
  }
}
