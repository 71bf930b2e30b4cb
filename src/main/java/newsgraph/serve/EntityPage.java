package newsgraph.serve;

import static newsgraph.serve.Html.esc;
import static newsgraph.serve.LinkedDataServlet.link;
import static newsgraph.serve.LinkedDataServlet.row;

import java.util.List;
import java.util.Map;
import newsgraph.rdf.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The HTML page of one IRI. For an actor: whom they met and when, what they said and the stances
 * they took, each with its evidence. For a meeting: its participants and every article that reports
 * it, with date, place and status. For an article: its headline, publisher and date, and its facts.
 * Tables have headings and are paged ({@value #PAGE_ROWS} rows a page, {@code ?page=N}).
 */
final class EntityPage {
  /** Rows per table and page: a person met in thousands of articles still gets a page that loads. */
  static final int PAGE_ROWS = 200;

  private EntityPage() {}

  static String render(Describer d, String base, String iri) {
    return render(d, base, iri, 1);
  }

  static String render(Describer d, String base, String iri, int page) {
    Model m = d.describe(iri);
    Resource r = m.getResource(iri);
    String name = r.hasProperty(Vocab.name) ? r.getProperty(Vocab.name).getString()
        : r.hasProperty(Vocab.headline) ? r.getProperty(Vocab.headline).getString() : local(iri);
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(esc(name)).append("</h1><p><code>").append(esc(iri)).append("</code> · <a href=\"/data/")
        .append(esc(iri.substring(base.length()))).append("\">RDF</a></p>");
    List<String> aliases = r.listProperties(Vocab.altLabel).mapWith(Statement::getString).toList();
    if (!aliases.isEmpty()) body.append("<p>Also written: ").append(esc(String.join(", ", aliases.stream().distinct().toList()))).append("</p>");
    List<String> links = r.listProperties(Vocab.sameAs).mapWith(st -> st.getObject().toString()).toList().stream()
        .distinct().sorted().toList();
    if (!links.isEmpty()) {
      body.append("<p>Same as: ");
      for (int k = 0; k < links.size(); k++) {
        String l = links.get(k);
        String label = l.startsWith(Vocab.WIKIDATA) ? "Wikidata " + l.substring(Vocab.WIKIDATA.length())
            : l.startsWith(Vocab.GEONAMES) ? "GeoNames " + l.substring(Vocab.GEONAMES.length()).replace("/", "") : l;
        body.append(k > 0 ? " · " : "").append("<a rel=\"owl:sameAs\" href=\"").append(esc(l)).append("\">")
            .append(esc(label)).append("</a>");
      }
      body.append("</p>");
    }
    Paging paging = new Paging(iri, base, page);
    String path = iri.substring(base.length());
    if (path.startsWith("event/")) event(body, d, base, iri, paging);
    else if (path.startsWith("article/") && !path.substring("article/".length()).contains("/")) article(body, d, base, iri, r, paging);
    else actor(body, d, base, iri, paging);
    paging.links(body);
    body.append("<h2>All statements</h2>").append(LinkedDataServlet.statements(m, base, iri));
    return Html.page(name, body.toString());
  }

  private static void actor(StringBuilder body, Describer d, String base, String iri, Paging paging) {
    paging.section(body, "Meetings", d, """
        SELECT DISTINCT ?other ?other_name ?date ?place_name ?status ?sentence ?article WHERE { GRAPH ?g {
          ?r ng:reports ?e ; ng:status ?status ; prov:wasDerivedFrom ?article ; ng:sentence ?sentence .
          ?e sem:hasActor <%1$s>, ?other . FILTER(?other != <%1$s>) ?other schema:name ?other_name .
          OPTIONAL { ?r sem:hasTimeStamp ?d } OPTIONAL { ?r sem:hasPlace/schema:name ?place_name } }
          BIND(STR(?d) AS ?date) } ORDER BY ?date ?other_name""".formatted(iri),
        List.of("other", "other_name", "date", "place_name", "status", "sentence", "article"),
        List.of("with", "date", "place", "status", "evidence"),
        row -> "<td>" + link(base, row.get("other"), row.get("other_name")) + "</td><td>" + esc(row.get("date")) + "</td><td>"
            + esc(row.get("place_name")) + "</td><td class=kind>" + esc(local(row.get("status"))) + "</td><td class=evidence>"
            + esc(row.get("sentence")) + " " + link(base, row.get("article"), "(article)") + "</td>");
    quotes(body, d, base, "?quote ng:speaker <" + iri + ">", paging);
    stances(body, d, base, "?stance ng:holder <" + iri + ">", paging);
  }

  /** A meeting: who took part, and each article's report of it. */
  private static void event(StringBuilder body, Describer d, String base, String iri, Paging paging) {
    paging.section(body, "Participants", d, """
        SELECT DISTINCT ?p ?name WHERE { GRAPH ?g { <%s> <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> ?p . ?p schema:name ?name } }
        ORDER BY ?name""".formatted(iri),
        List.of("p", "name"), List.of("participant"), row -> "<td>" + link(base, row.get("p"), row.get("name")) + "</td>");
    paging.section(body, "Reports", d, """
        SELECT DISTINCT ?date ?place_name ?status ?mode ?sentence ?article ?headline WHERE { GRAPH ?g {
          ?r ng:reports <%s> ; ng:status ?status ; prov:wasDerivedFrom ?article ; ng:sentence ?sentence .
          OPTIONAL { ?r sem:hasTimeStamp ?d } OPTIONAL { ?r sem:hasPlace/schema:name ?place_name } OPTIONAL { ?r ng:mode ?mode }
          OPTIONAL { ?article schema:headline ?headline } } BIND(STR(?d) AS ?date) } ORDER BY ?date ?article""".formatted(iri),
        List.of("date", "place_name", "status", "mode", "sentence", "article", "headline"),
        List.of("date", "place", "status", "mode", "evidence", "article"),
        row -> "<td>" + esc(row.get("date")) + "</td><td>" + esc(row.get("place_name")) + "</td><td class=kind>"
            + esc(local(row.get("status"))) + "</td><td class=kind>" + esc(local(row.get("mode"))) + "</td><td class=evidence>"
            + esc(row.get("sentence")) + "</td><td>" + link(base, row.get("article"),
            row.get("headline") != null ? row.get("headline") : local(row.get("article"))) + "</td>");
  }

  /** An article: what it is, then the meetings, quotes and stances it reports. */
  private static void article(StringBuilder body, Describer d, String base, String iri, Resource r, Paging paging) {
    body.append("<p>");
    if (r.hasProperty(Vocab.publisher)) body.append(esc(r.getProperty(Vocab.publisher).getString())).append(" · ");
    if (r.hasProperty(Vocab.datePublished)) body.append(esc(r.getProperty(Vocab.datePublished).getString())).append(" · ");
    if (r.hasProperty(Vocab.url)) {
      String url = r.getProperty(Vocab.url).getObject().toString();
      body.append("<a href=\"").append(esc(url)).append("\">original</a>");
    }
    body.append("</p>");
    paging.section(body, "Meetings", d, """
        SELECT DISTINCT ?e ?names ?date ?place_name ?status ?sentence WHERE { { SELECT ?e ?r (GROUP_CONCAT(DISTINCT ?n; separator=" & ") AS ?names)
          WHERE { GRAPH ?g { ?r ng:reports ?e ; prov:wasDerivedFrom <%1$s> . ?e sem:hasActor/schema:name ?n } } GROUP BY ?e ?r }
          GRAPH ?g2 { ?r ng:status ?status ; ng:sentence ?sentence . OPTIONAL { ?r sem:hasTimeStamp ?d }
          OPTIONAL { ?r sem:hasPlace/schema:name ?place_name } } BIND(STR(?d) AS ?date) } ORDER BY ?names""".formatted(iri),
        List.of("e", "names", "date", "place_name", "status", "sentence"),
        List.of("who", "date", "place", "status", "evidence"),
        row -> "<td>" + link(base, row.get("e"), row.get("names")) + "</td><td>" + esc(row.get("date")) + "</td><td>"
            + esc(row.get("place_name")) + "</td><td class=kind>" + esc(local(row.get("status"))) + "</td><td class=evidence>"
            + esc(row.get("sentence")) + "</td>");
    quotes(body, d, base, "?quote schema:isPartOf <" + iri + ">", paging);
    stances(body, d, base, "?stance schema:isPartOf <" + iri + ">", paging);
  }

  private static void quotes(StringBuilder body, Describer d, String base, String pattern, Paging paging) {
    paging.section(body, "Said", d, """
        SELECT DISTINCT ?quote ?text ?kind ?speaker_name ?sentence ?article WHERE { GRAPH ?g {
          %s ; schema:text ?text ; ng:kind ?kind ; ng:sentence ?sentence ; schema:isPartOf ?article
          OPTIONAL { ?quote ng:speaker/schema:name ?speaker_name } } } ORDER BY ?article ?quote""".formatted(pattern),
        List.of("quote", "text", "kind", "speaker_name", "sentence", "article"),
        List.of("kind", "words", "speaker", "evidence"),
        row -> "<td class=kind>" + esc(local(row.get("kind"))) + "</td><td>" + link(base, row.get("quote"), "“" + row.get("text") + "”")
            + "</td><td>" + esc(row.get("speaker_name")) + "</td><td class=evidence>" + esc(row.get("sentence")) + " "
            + link(base, row.get("article"), "(article)") + "</td>");
  }

  private static void stances(StringBuilder body, Describer d, String base, String pattern, Paging paging) {
    paging.section(body, "Stances", d, """
        SELECT DISTINCT ?stance ?polarity ?target ?holder_name ?sentence ?article WHERE { GRAPH ?g {
          %s ; ng:polarity ?polarity ; ng:targetLabel ?target ; ng:sentence ?sentence ; schema:isPartOf ?article
          OPTIONAL { ?stance ng:holder/schema:name ?holder_name } } } ORDER BY ?article ?stance""".formatted(pattern),
        List.of("stance", "polarity", "target", "holder_name", "sentence", "article"),
        List.of("polarity", "on", "held by", "evidence"),
        row -> "<td class=kind>" + esc(local(row.get("polarity"))) + "</td><td>" + link(base, row.get("stance"), row.get("target"))
            + "</td><td>" + esc(row.get("holder_name")) + "</td><td class=evidence>" + esc(row.get("sentence")) + " "
            + link(base, row.get("article"), "(article)") + "</td>");
  }

  private interface RowView {
    String cells(Map<String, String> row);
  }

  /** Tables cut at {@link #PAGE_ROWS} rows a page; a table with more says so and links the next page. */
  private static final class Paging {
    private final String iri, base;
    private final int page;
    private boolean more;

    Paging(String iri, String base, int page) {
      this.iri = iri;
      this.base = base;
      this.page = Math.max(1, page);
    }

    void section(StringBuilder body, String title, Describer d, String query, List<String> vars, List<String> headings,
                 RowView view) {
      var rows = d.select(query + " LIMIT " + (PAGE_ROWS + 1) + " OFFSET " + (long) (page - 1) * PAGE_ROWS);
      if (rows.isEmpty()) return;
      body.append("<h2>").append(esc(title)).append("</h2><table><thead><tr>");
      for (String h : headings) body.append("<th>").append(esc(h)).append("</th>");
      body.append("</tr></thead><tbody>");
      for (var s : rows.subList(0, Math.min(rows.size(), PAGE_ROWS))) body.append("<tr>").append(view.cells(row(s, vars))).append("</tr>");
      body.append("</tbody></table>");
      if (rows.size() > PAGE_ROWS) {
        more = true;
        body.append("<p class=evidence>").append(PAGE_ROWS).append(" rows shown; more on the next page.</p>");
      }
    }

    void links(StringBuilder body) {
      if (page == 1 && !more) return;
      String here = "/page/" + iri.substring(base.length());
      body.append("<p>Page ").append(page);
      if (page > 1) body.append(" · <a href=\"").append(esc(here)).append("?page=").append(page - 1).append("\">previous</a>");
      if (more) body.append(" · <a href=\"").append(esc(here)).append("?page=").append(page + 1).append("\">next</a>");
      body.append("</p>");
    }
  }

  static String local(String iri) {
    if (iri == null) return "";
    int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(i + 1);
  }
}
