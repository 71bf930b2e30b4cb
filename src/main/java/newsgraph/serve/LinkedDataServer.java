package newsgraph.serve;

import newsgraph.store.GraphStore;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * The store on the web, read-only: the SPARQL 1.1 Protocol and Graph Store reads at
 * {@code /sparql} (embedded Apache Jena Fuseki), linked-data pages and RDF for every IRI under the
 * base, the start page with the who-met-whom network, and the VoID description at {@code /void}.
 *
 * <pre>
 *   FusekiServer server = LinkedDataServer.start(store, 3030, "http://localhost:3030/", 30);
 * </pre>
 */
public final class LinkedDataServer {
  private LinkedDataServer() {}

  public static FusekiServer start(GraphStore store, int port, String base, int timeoutSeconds) {
    Dataset ds = store.dataset();
    ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
    Describer describer = new Describer(ds);
    FusekiServer server = FusekiServer.create()
        .port(port)
        .add("/sparql", ds, false) // false: no update, no upload
        .addServlet("/*", new LinkedDataServlet(describer, base, new VoidDescription(ds, base, null)))
        .build();
    server.start();
    return server;
  }
}
