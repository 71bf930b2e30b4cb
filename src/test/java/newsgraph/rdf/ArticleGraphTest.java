package newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** An article's graph is a set of triples in the order they were added, searchable by pattern. */
class ArticleGraphTest {
  @Test
  void keepsEachTripleOnceInTheOrderAdded() {
    Model m = ModelFactory.createModelForGraph(new ArticleGraph());
    Resource article = m.createResource("https://example.org/article/1", Vocab.NewsArticle);
    article.addProperty(Vocab.mentions, m.createResource("https://example.org/person/b"));
    article.addProperty(Vocab.mentions, m.createResource("https://example.org/person/a"));
    article.addProperty(Vocab.mentions, m.createResource("https://example.org/person/b"));
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.getGraph().find().toList()).extracting(t -> t.getObject().toString())
        .containsExactly(Vocab.NewsArticle.getURI(), "https://example.org/person/b", "https://example.org/person/a");
  }

  @Test
  void findsByPatternComparingTerms() {
    ArticleGraph g = new ArticleGraph();
    Node s = NodeFactory.createURI("https://example.org/s"), p = NodeFactory.createURI("https://example.org/p");
    g.add(Triple.create(s, p, NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDint)));
    g.add(Triple.create(s, p, NodeFactory.createLiteralDT("01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDint)));
    g.add(Triple.create(p, p, s));
    assertThat(g.find(s, Node.ANY, Node.ANY).toList()).hasSize(2);
    assertThat(g.find(Node.ANY, Node.ANY, s).toList()).containsExactly(Triple.create(p, p, s));
    assertThat(g.contains(s, p, NodeFactory.createLiteralDT("01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDint))).isTrue();
    g.delete(Triple.create(p, p, s));
    assertThat(g.size()).isEqualTo(2);
  }
}
