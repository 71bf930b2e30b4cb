package newsgraph.serve;

import newsgraph.store.GraphStore;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * The store on the web, read-only: the SPARQL 1.1 Protocol and Graph Store reads at
 * {@code /sparql} (embedded Apache Jena Fuseki), linked-data pages and RDF for every IRI under the
 * base, the start page with the who-met-whom network, the VoID description at {@code /void} (and
 * {@code /dataset}, the dataset it describes), and Fuseki's health check at {@code /$/ping}.
 *
 * <pre>
 *   FusekiServer server = LinkedDataServer.start(store, 3030, "http://localhost:3030/", 30, 10_000);
 * </pre>
 */
public final class LinkedDataServer {
  private LinkedDataServer() {}

  /** By default, the most rows (or triples) one query over HTTP returns. */
  public static final long MAX_RESULTS = 10_000;

  public static FusekiServer start(GraphStore store, int port, String base, int timeoutSeconds) {
    return start(store, port, base, timeoutSeconds, MAX_RESULTS);
  }

  public static FusekiServer start(GraphStore store, int port, String base, int timeoutSeconds, long maxResults) {
    Dataset ds = store.dataset();
    ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
    Describer describer = new Describer(ds);
    FusekiServer server = FusekiServer.create()
        .port(port)
        .enablePing(true) // /$/ping, the health check Fuseki users expect
        .add("/sparql", ds, false) // false: no update, no upload
        .addFilter("/sparql", new ResultLimitFilter(maxResults))
        .addFilter("/sparql/*", new ResultLimitFilter(maxResults)) // every query route of the dataset: /sparql/query, /sparql/sparql…
        .addServlet("/*", new LinkedDataServlet(describer, base, new VoidDescription(ds, base, null)))
        .build();
    server.start();
    return server;
  }
}
