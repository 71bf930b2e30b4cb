package newsgraph.cli;

import java.util.concurrent.Callable;
import newsgraph.serve.LinkedDataServer;
import newsgraph.store.GraphStore;
import newsgraph.store.StoreException;
import org.apache.jena.fuseki.main.FusekiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the store read-only: SPARQL endpoint, linked-data pages, start page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store read-only: SPARQL at /sparql, a page and RDF for every IRI, the network at /.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "3030")
  int port;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a SPARQL query may run (default: ${DEFAULT-VALUE}).",
      defaultValue = "30")
  int timeout;

  @Option(names = "--max-results", description = "Most rows or triples one query returns (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000")
  long maxResults;

  @Override
  public Integer call() throws Exception {
    try (GraphStore gs = GraphStore.open(store.store, false)) {
      String base = gs.baseIri().orElse(newsgraph.rdf.Iris.DEFAULT_BASE);
      FusekiServer server = LinkedDataServer.start(gs, port, base, timeout, maxResults);
      System.err.println("newsgraph: serving " + store.store + " at http://localhost:" + server.getHttpPort()
          + "/ (SPARQL at /sparql; IRIs under " + base + " answer at their path)");
      server.join();
      return Main.OK;
    } catch (StoreException e) {
      System.err.println("newsgraph: " + e.getMessage());
      return Main.FATAL;
    }
  }
}
