package newsgraph.serve;

import static newsgraph.serve.Html.esc;
import static newsgraph.serve.LinkedDataServlet.link;
import static newsgraph.serve.LinkedDataServlet.row;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import newsgraph.rdf.Vocab;

/** The HTML page of one IRI: for an actor, whom they met and when, what they said and the stances they took, each with its evidence. */
final class EntityPage {
  private EntityPage() {}

  static String render(Describer d, String base, String iri) {
    Model m = d.describe(iri);
    Resource r = m.getResource(iri);
    String name = r.hasProperty(Vocab.name) ? r.getProperty(Vocab.name).getString() : shortName(iri);
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(esc(name)).append("</h1><p><code>").append(esc(iri)).append("</code> · <a href=\"/data/")
        .append(esc(iri.substring(base.length()))).append("\">RDF</a></p>");
    List<String> aliases = r.listProperties(Vocab.altLabel).mapWith(Statement::getString).toList();
    if (!aliases.isEmpty()) body.append("<p>Also written: ").append(esc(String.join(", ", aliases.stream().distinct().toList()))).append("</p>");

    section(body, "Meetings", d, base, """
        SELECT DISTINCT ?other ?other_name ?date ?place_name ?status ?sentence ?article WHERE { GRAPH ?g {
          ?r ng:reports ?e ; ng:status ?status ; prov:wasDerivedFrom ?article ; ng:sentence ?sentence .
          ?e sem:hasActor <%1$s>, ?other . FILTER(?other != <%1$s>) ?other schema:name ?other_name .
          OPTIONAL { ?r sem:hasTimeStamp ?d } OPTIONAL { ?r sem:hasPlace/schema:name ?place_name } }
          BIND(STR(?d) AS ?date) } ORDER BY ?date""".formatted(iri),
        List.of("other", "other_name", "date", "place_name", "status", "sentence", "article"),
        row -> "<td>" + link(base, row.get("other"), row.get("other_name")) + "</td><td>" + esc(row.get("date")) + "</td><td>"
            + esc(row.get("place_name")) + "</td><td class=kind>" + esc(local(row.get("status"))) + "</td><td class=evidence>"
            + esc(row.get("sentence")) + " " + link(base, row.get("article"), "(article)") + "</td>");
    section(body, "Said", d, base, """
        SELECT DISTINCT ?quote ?text ?kind ?sentence ?article WHERE { GRAPH ?g {
          ?quote ng:speaker <%s> ; schema:text ?text ; ng:kind ?kind ; ng:sentence ?sentence ; schema:isPartOf ?article } }
        ORDER BY ?article""".formatted(iri),
        List.of("quote", "text", "kind", "sentence", "article"),
        row -> "<td class=kind>" + esc(local(row.get("kind"))) + "</td><td>" + link(base, row.get("quote"), "“" + row.get("text") + "”")
            + "</td><td class=evidence>" + esc(row.get("sentence")) + " " + link(base, row.get("article"), "(article)") + "</td>");
    section(body, "Stances", d, base, """
        SELECT DISTINCT ?stance ?polarity ?target ?sentence ?article WHERE { GRAPH ?g {
          ?stance ng:holder <%s> ; ng:polarity ?polarity ; ng:targetLabel ?target ; ng:sentence ?sentence ; schema:isPartOf ?article } }
        ORDER BY ?article""".formatted(iri),
        List.of("stance", "polarity", "target", "sentence", "article"),
        row -> "<td class=kind>" + esc(local(row.get("polarity"))) + "</td><td>" + link(base, row.get("stance"), row.get("target"))
            + "</td><td class=evidence>" + esc(row.get("sentence")) + " " + link(base, row.get("article"), "(article)") + "</td>");
    body.append("<h2>All statements</h2>").append(LinkedDataServlet.statements(m, base, iri));
    return Html.page(name, body.toString());
  }

  private interface RowView {
    String cells(Map<String, String> row);
  }

  private static void section(StringBuilder body, String title, Describer d, String base, String query, List<String> vars, RowView view) {
    var rows = d.select(query);
    if (rows.isEmpty()) return;
    body.append("<h2>").append(esc(title)).append("</h2><table>");
    for (var s : rows) body.append("<tr>").append(view.cells(row(s, vars))).append("</tr>");
    body.append("</table>");
  }

  static String local(String iri) {
    if (iri == null) return "";
    int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(i + 1);
  }

  private static String shortName(String iri) {
    return local(iri);
  }
}
