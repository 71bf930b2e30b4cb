package newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.store.GraphStore;
import newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Drops the graphs of articles (by id or IRI), one transaction each. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove articles' graphs from the store.")
final class RemoveCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Article ids (file names without .txt) or graph IRIs.")
  List<String> articles;

  @Override
  public Integer call() {
    try (GraphStore gs = GraphStore.open(store.store, false)) {
      List<String> graphs = gs.graphNames();
      int missing = 0;
      for (String a : articles) {
        String graph = graphs.stream().filter(g -> g.equals(a) || g.endsWith("/article/" + a)).findFirst().orElse(null);
        if (graph == null) {
          System.err.println("newsgraph: " + a + ": no such article in " + store.store);
          missing++;
          continue;
        }
        gs.removeGraph(graph);
        System.err.println("newsgraph: removed " + graph);
      }
      return missing > 0 ? Main.SOME_FAILED : Main.OK;
    } catch (StoreException e) {
      System.err.println("newsgraph: " + e.getMessage());
      return Main.FATAL;
    }
  }
}
