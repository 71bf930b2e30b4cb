package newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.rdf.Iris;
import newsgraph.rdf.Vocab;
import newsgraph.store.GraphStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * One identity across the store: a person an article names only by surname ("Putin") is the
 * person another article names in full ("Vladimir Putin") when exactly one such person exists. The
 * step re-mints the surname IRI in the graphs that use it, keeps the surname as an alias, and runs
 * as one write transaction after the articles are written, so the same corpus gives the same IRIs
 * in any order. Each article graph still says only what its article said.
 */
public final class IdentityStep {
  private final Iris iris;

  public IdentityStep(Iris iris) {
    this.iris = iris;
  }

  /** Returns how many surname IRIs were merged into full names. */
  public int apply(GraphStore store) {
    DatasetGraph dsg = store.dataset().asDatasetGraph();
    return Txn.calculateWrite(store.dataset(), () -> {
      Map<Node, String> names = personNames(dsg);
      Map<Node, Node> merges = new HashMap<>();
      for (Map.Entry<Node, String> e : names.entrySet()) {
        String name = e.getValue();
        if (name.contains(" ")) continue;
        Set<Node> full = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Map.Entry<Node, String> other : names.entrySet()) {
          String[] parts = other.getValue().split(" ");
          if (parts.length >= 2 && (parts[parts.length - 1].equals(name) || parts[0].equals(name))) full.add(other.getKey());
        }
        if (full.size() == 1) merges.put(e.getKey(), full.iterator().next());
      }
      for (Map.Entry<Node, Node> m : merges.entrySet()) rewrite(dsg, m.getKey(), m.getValue(), names.get(m.getKey()), names.get(m.getValue()));
      return merges.size();
    });
  }

  private Map<Node, String> personNames(DatasetGraph dsg) {
    Node person = NodeFactory.createURI(Vocab.SCHEMA + "Person");
    Node name = Vocab.name.asNode();
    Map<Node, String> out = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), person).forEachRemaining(q -> {
      Node s = q.getSubject();
      if (!s.isURI() || !s.getURI().startsWith(iris.base() + "person/")) return;
      dsg.find(q.getGraph(), s, name, Node.ANY).forEachRemaining(n -> out.put(s, n.getObject().getLiteralLexicalForm()));
    });
    return out;
  }

  private static void rewrite(DatasetGraph dsg, Node from, Node to, String oldName, String newName) {
    List<Quad> old = new ArrayList<>();
    dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
    dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
    Node name = Vocab.name.asNode(), label = RDFS.label.asNode();
    for (Quad q : old) {
      dsg.delete(q);
      Node s = q.getSubject().equals(from) ? to : q.getSubject();
      Node o = q.getObject().equals(from) ? to : q.getObject();
      Node p = q.getPredicate();
      if (s.equals(to) && (p.equals(name) || p.equals(label))) {
        if (p.equals(name)) dsg.add(q.getGraph(), to, Vocab.altLabel.asNode(), NodeFactory.createLiteralString(oldName));
        dsg.add(q.getGraph(), to, p, NodeFactory.createLiteralString(newName));
        continue;
      }
      dsg.add(q.getGraph(), s, p, o);
    }
  }
}
