package newsgraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes newsgraph's RDF is written with. */
public final class Prefixes {
  private Prefixes() {}

  public static Map<String, String> map() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("schema", Vocab.SCHEMA);
    m.put("sem", Vocab.SEM);
    m.put("prov", Vocab.PROV);
    m.put("oa", Vocab.OA);
    m.put("skos", Vocab.SKOS);
    m.put("ng", NG.NS);
    m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    m.put("owl", "http://www.w3.org/2002/07/owl#");
    m.put("wd", Vocab.WIKIDATA);
    m.put("gn", Vocab.GEONAMES);
    return m;
  }
}
