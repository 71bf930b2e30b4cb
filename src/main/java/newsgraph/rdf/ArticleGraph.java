package newsgraph.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * One article's graph on its way to the store: a set of triples in the order they were added,
 * without indexes. The mapper only adds triples and the store only reads them all once; Jena's
 * in-memory graph keeps three hash indexes per triple for lookups nobody makes here. A find with
 * a pattern still works, by a scan. Not thread-safe.
 */
final class ArticleGraph extends GraphBase {
  private final Set<Triple> triples = new LinkedHashSet<>();

  @Override
  public void performAdd(Triple t) {
    triples.add(t);
  }

  @Override
  public void performDelete(Triple t) {
    triples.remove(t);
  }

  @Override
  protected int graphBaseSize() {
    return triples.size();
  }

  @Override
  protected boolean graphBaseContains(Triple t) {
    return t.isConcrete() ? triples.contains(t) : super.graphBaseContains(t);
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    ExtendedIterator<Triple> all = WrappedIterator.create(triples.iterator());
    Node s = pattern.getSubject(), p = pattern.getPredicate(), o = pattern.getObject();
    if (isAny(s) && isAny(p) && isAny(o)) return all;
    return all.filterKeep(t -> matches(s, t.getSubject()) && matches(p, t.getPredicate()) && matches(o, t.getObject()));
  }

  private static boolean isAny(Node n) {
    return n == null || n == Node.ANY;
  }

  /** Terms match when they are the same term (literals are not compared by value). */
  private static boolean matches(Node pattern, Node n) {
    return isAny(pattern) || pattern.equals(n);
  }
}
