package newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds a batch of article graphs to TDB2's quad table the way TDB2's bulk loaders do, inside the
 * caller's write transaction: the same quads as {@code Dataset.addNamedModel}, written faster.
 * <ul>
 *   <li>Each distinct node of the batch is looked up (or allocated) in the node table once. TDB2's
 *       own add path asks its node cache for all four nodes of every quad, and an article's graph
 *       names the same graph, predicates and entities hundreds of times.</li>
 *   <li>Each index is filled on its own, in its own key order, so that consecutive inserts land in
 *       the same B+tree leaf instead of a random one; one quad at a time, as TDB2 writes them,
 *       every insert into the three indexes not led by the graph touches a leaf of its own.</li>
 * </ul>
 * Not for graphs already in the store: the caller removes them first (see {@link GraphStore}).
 */
final class SortedQuadWriter {
  private SortedQuadWriter() {}

  static void add(DatasetGraph dataset, Map<String, Model> graphs) {
    NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
    List<Tuple<NodeId>> rows = rows(quads.getNodeTable(), graphs);
    for (TupleIndex index : quads.getTupleTable().getIndexes()) {
      TupleMap order = index.getMapping();
      List<Keyed> sorted = new ArrayList<>(rows.size());
      for (Tuple<NodeId> row : rows) sorted.add(new Keyed(order.map(row), row));
      sorted.sort(Keyed.BY_KEY);
      for (Keyed k : sorted) index.add(k.row());
    }
  }

  /** A row with its key in one index's order (the index maps the row itself when it adds it). */
  private record Keyed(Tuple<NodeId> key, Tuple<NodeId> row) {
    static final Comparator<Keyed> BY_KEY = (a, b) -> {
      for (int k = 0; k < a.key.len(); k++) {
        int c = NodeId.compare(a.key.get(k), b.key.get(k));
        if (c != 0) return c;
      }
      return 0;
    };
  }

  /** The batch's quads as node-id rows in graph, subject, predicate, object order. */
  private static List<Tuple<NodeId>> rows(NodeTable nodes, Map<String, Model> graphs) {
    Map<Node, NodeId> ids = new HashMap<>();
    List<Tuple<NodeId>> rows = new ArrayList<>();
    graphs.forEach((name, model) -> {
      NodeId graph = ids.computeIfAbsent(NodeFactory.createURI(name), nodes::getAllocateNodeId);
      model.getGraph().find().forEachRemaining(t -> rows.add(TupleFactory.create4(graph,
          ids.computeIfAbsent(t.getSubject(), nodes::getAllocateNodeId),
          ids.computeIfAbsent(t.getPredicate(), nodes::getAllocateNodeId),
          ids.computeIfAbsent(t.getObject(), nodes::getAllocateNodeId))));
    });
    return rows;
  }
}
