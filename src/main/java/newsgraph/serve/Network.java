package newsgraph.serve;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/** The who-met-whom network and the name search as JSON for the start page. */
final class Network {
  private Network() {}

  /** Nodes (people, countries, organisations in meetings) and edges (meetings, labelled with dates; dashed unless they took place). */
  static String json(Describer d, String base) {
    List<QuerySolution> rows = d.select("""
        SELECT DISTINCT ?e ?a ?name ?type ?date ?status WHERE { GRAPH ?g {
          ?r ng:reports ?e ; ng:status ?status .
          ?e sem:hasActor ?a . ?a schema:name ?name ; a ?type . OPTIONAL { ?r sem:hasTimeStamp ?d } }
          BIND(STR(?d) AS ?date) } ORDER BY ?e ?a""");
    Map<String, String> statuses = new LinkedHashMap<>();
    Map<String, String[]> nodes = new LinkedHashMap<>();
    Map<String, Set<String>> actors = new LinkedHashMap<>();
    Map<String, String> dates = new LinkedHashMap<>();
    for (QuerySolution s : rows) {
      String a = s.getResource("a").getURI(), e = s.getResource("e").getURI();
      nodes.putIfAbsent(a, new String[] {s.getLiteral("name").getString(), EntityPage.local(s.getResource("type").getURI())});
      actors.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(a);
      if (s.get("date") != null && !s.getLiteral("date").getString().isEmpty()) dates.put(e, s.getLiteral("date").getString());
      String status = EntityPage.local(s.getResource("status").getURI());
      if (!"Planned".equals(statuses.get(e)) && !"Occurred".equals(statuses.get(e))) statuses.put(e, status);
    }
    StringBuilder sb = new StringBuilder("{\"nodes\":[");
    int n = 0;
    for (var node : nodes.entrySet()) {
      if (n++ > 0) sb.append(',');
      sb.append("{\"id\":").append(str(node.getKey())).append(",\"label\":").append(str(node.getValue()[0]))
          .append(",\"group\":").append(str(node.getValue()[1])).append(",\"url\":").append(str(page(base, node.getKey()))).append('}');
    }
    sb.append("],\"edges\":[");
    int k = 0;
    for (var ev : actors.entrySet()) {
      List<String> list = List.copyOf(ev.getValue());
      for (int i = 0; i < list.size(); i++)
        for (int j = i + 1; j < list.size(); j++) {
          if (k++ > 0) sb.append(',');
          sb.append("{\"from\":").append(str(list.get(i))).append(",\"to\":").append(str(list.get(j)))
              .append(",\"label\":").append(str(dates.getOrDefault(ev.getKey(), ""))).append(",\"event\":").append(str(ev.getKey()))
              .append(",\"status\":").append(str(statuses.getOrDefault(ev.getKey(), ""))).append(",\"dashes\":")
              .append(!"Occurred".equals(statuses.get(ev.getKey()))).append('}');
        }
    }
    return sb.append("]}").toString();
  }

  /** Entities whose name contains the text, case-insensitively. */
  static String search(Describer d, String base, String q) {
    if (q == null || q.isBlank()) return "[]";
    String literal = q.replace("\\", "\\\\").replace("\"", "\\\"");
    List<QuerySolution> rows = d.select("""
        SELECT DISTINCT ?e ?name ?type WHERE { GRAPH ?g { ?e schema:name ?name ; a ?type . FILTER(isIRI(?e))
          FILTER(CONTAINS(LCASE(?name), LCASE("%s"))) FILTER(STRSTARTS(STR(?type), "https://schema.org/")) } }
        ORDER BY ?name LIMIT 50""".formatted(literal));
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < rows.size(); i++) {
      QuerySolution s = rows.get(i);
      if (i > 0) sb.append(',');
      sb.append("{\"label\":").append(str(s.getLiteral("name").getString())).append(",\"type\":")
          .append(str(EntityPage.local(s.getResource("type").getURI()))).append(",\"url\":")
          .append(str(page(base, s.getResource("e").getURI()))).append('}');
    }
    return sb.append(']').toString();
  }

  private static String page(String base, String iri) {
    return iri.startsWith(base) ? "/page/" + iri.substring(base.length()) : iri;
  }

  static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '<' -> sb.append("\\u003c");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.append('"').toString();
  }
}
