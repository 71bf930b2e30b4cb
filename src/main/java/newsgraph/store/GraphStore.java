package newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import newsgraph.rdf.NG;

/**
 * The TDB2 dataset: one named graph per article, plus a metadata graph with the base IRI and the
 * builds. Every change is one write transaction, so a crash leaves the store as it was after the
 * last commit. Queries see the union of all graphs as the default graph.
 */
public final class GraphStore implements AutoCloseable {
  /** The graph of the store's own metadata: its base IRI and its builds. */
  public static final String META_GRAPH = "urn:x-newsgraph:meta";
  private static final String STORE = "urn:x-newsgraph:store";

  /**
   * New stores index quads four ways instead of TDB2's six. Every article is a small named graph,
   * and queries read the union of graphs or {@code GRAPH ?g}, which use the graph-last indexes
   * (SPOG, POSG, OSPG); of the graph-first ones, GSPO alone serves "one article's graph". Writing
   * two indexes fewer makes the store stage a sixth cheaper, with the same answers to the canned queries.
   */
  static final StoreParams NEW_STORE = StoreParamsBuilder.create()
      .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();

  private final Dataset dataset;
  private final Path dir;

  private GraphStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /** Opens (creating if needed) the store in {@code dir}; fails with a clear message when another process holds it. */
  public static GraphStore open(Path dir, boolean create) throws StoreException {
    if (!create && !Files.isDirectory(dir)) throw new StoreException("no store at " + dir + " (run 'build' first)");
    // issue 17: a folder that holds files but no TDB2 database (the articles' folder, say) is never
    // opened, so nothing is created in it
    if (!isNew(dir) && !isStore(dir))
      throw new StoreException(dir + " is not a newsgraph store (it holds files but no TDB2 database)");
    if (!create && !Files.isWritable(dir)) return readOnlyCopy(dir);
    try {
      Files.createDirectories(dir);
      boolean exists = !isNew(dir);
      // an existing store keeps the layout it was created with (TDB2 records it in tdb.cfg)
      return new GraphStore(dir, exists ? TDB2Factory.connectDataset(dir.toString())
          : DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString(), NEW_STORE)));
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the store at " + dir + ": " + e.getMessage());
    } catch (RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("lock") || msg.contains("Lock") || e.getClass().getSimpleName().contains("Lock"))
        throw new StoreException("the store at " + dir + " is in use by another process (" + firstLine(msg) + ")");
      throw new StoreException("cannot open the store at " + dir + ": " + firstLine(msg));
    }
  }

  /**
   * A store on a read-only disk or folder (issue 17: it was reported as "in use by another process"):
   * TDB2 must write its lock and journal, so the database is copied to a temporary folder, deleted
   * when the process ends, and opened there. Queries, exports and the server read the same data.
   */
  private static GraphStore readOnlyCopy(Path dir) throws StoreException {
    try {
      Path copy = Files.createTempDirectory("newsgraph-readonly-");
      try (var files = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path target = copy.resolve(dir.relativize(p).toString());
          if (Files.isDirectory(p)) Files.createDirectories(target);
          else if (!p.getFileName().toString().equals("tdb.lock")) Files.copy(p, target);
        }
      }
      deleteOnExit(copy);
      System.err.println("newsgraph: " + dir + " is read-only: reading a copy of it in " + copy);
      return new GraphStore(copy, TDB2Factory.connectDataset(copy.toString()));
    } catch (java.io.IOException | RuntimeException e) {
      throw new StoreException("cannot read the read-only store at " + dir + ": " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  private static void deleteOnExit(Path dir) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (java.io.IOException e) {
        // a temporary folder left behind: the system cleans it
      }
    }));
  }

  /** Whether {@code dir} holds a TDB2 database: its {@code Data-NNNN} generation folders or its configuration. */
  public static boolean isStore(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.anyMatch(p -> {
        String name = p.getFileName().toString();
        return name.matches("Data-\\d{4}") && Files.isDirectory(p) || name.equals("tdb.cfg");
      });
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Whether there is no store at {@code dir} yet (no folder, or an empty one): {@link #open} would create it. */
  public static boolean isNew(Path dir) {
    if (!Files.isDirectory(dir)) return true;
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (java.io.IOException e) {
      return false; // let open() report what is wrong with it
    }
  }

  /**
   * Rewrites the database without the space that replaced and removed graphs left behind (TDB2
   * only appends), deleting the old generation; the store's size then follows its content.
   */
  public void compact() {
    org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
  }

  public Dataset dataset() {
    return dataset;
  }

  public Path dir() {
    return dir;
  }

  /** The base IRI recorded by the first build, if any. */
  public Optional<String> baseIri() {
    return Txn.calculateRead(dataset, () -> {
      Model meta = dataset.getNamedModel(META_GRAPH);
      Statement st = meta.getResource(STORE).getProperty(NG.baseIri);
      return Optional.ofNullable(st == null ? null : st.getString());
    });
  }

  public void recordBaseIri(String base) {
    Txn.executeWrite(dataset, () -> {
      Model meta = dataset.getNamedModel(META_GRAPH);
      Resource store = meta.getResource(STORE);
      store.removeAll(NG.baseIri);
      store.addProperty(NG.baseIri, base);
    });
  }

  /**
   * Marks a build as under way (true) or finished (false), each in a transaction of its own: a
   * store still marked after its build stopped was interrupted before the identity step, and the
   * next build links identities again (issue 17).
   */
  public void markBuilding(boolean building) {
    Txn.executeWrite(dataset, () -> {
      Resource store = dataset.getNamedModel(META_GRAPH).getResource(STORE);
      store.removeAll(NG.buildInProgress);
      if (building) store.addLiteral(NG.buildInProgress, true);
    });
  }

  /** Whether the last build stopped before it finished (killed, interrupted, out of disk). */
  public boolean buildUnfinished() {
    return Txn.calculateRead(dataset, () -> dataset.getNamedModel(META_GRAPH).getResource(STORE).hasProperty(NG.buildInProgress));
  }

  /** Replaces an article's graph with {@code model}, atomically. */
  public void replaceGraph(String graph, Model model) {
    replaceGraphs(java.util.Map.of(graph, model));
  }

  /** Replaces several articles' graphs in one write transaction: all of them or none. */
  public void replaceGraphs(java.util.Map<String, Model> graphs) {
    Txn.executeWrite(dataset, () -> {
      graphs.keySet().forEach(dataset::removeNamedModel);
      SortedQuadWriter.add(dataset.asDatasetGraph(), graphs);
    });
  }

  /** Adds the statements to the metadata graph, atomically. */
  public void addMeta(Model model) {
    Txn.executeWrite(dataset, () -> dataset.getNamedModel(META_GRAPH).add(model));
  }

  public void removeGraph(String graph) {
    Txn.executeWrite(dataset, () -> dataset.removeNamedModel(graph));
  }

  /** The names of the article graphs. */
  public List<String> graphNames() {
    return Txn.calculateRead(dataset, () -> {
      List<String> names = new ArrayList<>();
      dataset.listModelNames().forEachRemaining(r -> {
        if (!r.getURI().equals(META_GRAPH)) names.add(r.getURI());
      });
      return names;
    });
  }

  public long quadCount() {
    return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
  }

  /** A copy of the union of all graphs (or of one graph). */
  public Model copy(String graph) {
    return Txn.calculateRead(dataset, () -> {
      Model out = ModelFactory.createDefaultModel();
      out.add(graph == null ? dataset.getUnionModel() : dataset.getNamedModel(graph));
      return out;
    });
  }

  @Override
  public void close() {
    dataset.close();
    org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
