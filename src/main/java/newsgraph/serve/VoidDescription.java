package newsgraph.serve;

import newsgraph.rdf.NG;
import newsgraph.rdf.Vocab;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;

/** A VoID description of the store: size, entities, vocabularies, SPARQL endpoint, IRI space. */
public final class VoidDescription {
  public static final String VOID = "http://rdfs.org/ns/void#";
  private final Dataset dataset;
  private final String base;
  private final String endpoint;

  public VoidDescription(Dataset dataset, String base, String endpoint) {
    this.dataset = dataset;
    this.base = base;
    this.endpoint = endpoint;
  }

  public Model model() {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("void", VOID).setNsPrefix("dcterms", "http://purl.org/dc/terms/");
    Resource ds = m.createResource(base + "dataset", m.createResource(VOID + "Dataset"));
    ds.addProperty(m.createProperty("http://purl.org/dc/terms/title"), "newsgraph: meetings, quotes and stances from news articles");
    ds.addLiteral(m.createProperty(VOID, "triples"), count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    ds.addLiteral(m.createProperty(VOID, "entities"), count(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e <" + Vocab.SCHEMA + "name> ?x } }"));
    ds.addLiteral(m.createProperty(VOID, "documents"), count(
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <" + Vocab.SCHEMA + "NewsArticle> } }"));
    ds.addLiteral(m.createProperty(VOID, "classes"), count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?s a ?c } }"));
    ds.addProperty(m.createProperty(VOID, "uriSpace"), base);
    if (endpoint != null) ds.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(endpoint));
    for (String vocab : new String[] {Vocab.SCHEMA, Vocab.SEM, Vocab.PROV, Vocab.OA, Vocab.SKOS, NG.NS})
      ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocab));
    linkset(m, ds, "wikidata", "Wikidata", Vocab.WIKIDATA);
    linkset(m, ds, "geonames", "GeoNames", Vocab.GEONAMES);
    ds.addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"));
    ds.addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/JSON-LD"));
    return m;
  }

  /** A void:Linkset for the owl:sameAs links into one target dataset, with its distinct link count. */
  private void linkset(Model m, Resource ds, String id, String title, String space) {
    Resource target = m.createResource(base + "dataset/" + id + "-target", m.createResource(VOID + "Dataset"));
    target.addProperty(m.createProperty("http://purl.org/dc/terms/title"), title);
    target.addProperty(m.createProperty(VOID, "uriSpace"), space);
    Resource set = m.createResource(base + "dataset/linkset/" + id, m.createResource(VOID + "Linkset"));
    set.addProperty(m.createProperty(VOID, "subjectsTarget"), ds);
    set.addProperty(m.createProperty(VOID, "objectsTarget"), target);
    set.addProperty(m.createProperty(VOID, "linkPredicate"), Vocab.sameAs);
    set.addLiteral(m.createProperty(VOID, "triples"), count("SELECT (COUNT(DISTINCT *) AS ?n) WHERE { GRAPH ?g { ?s <"
        + Vocab.sameAs.getURI() + "> ?o FILTER STRSTARTS(STR(?o), \"" + space + "\") } }"));
    ds.addProperty(m.createProperty(VOID, "subset"), set);
  }

  private long count(String q) {
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
        var rs = qe.execSelect();
        return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
      }
    });
  }
}
