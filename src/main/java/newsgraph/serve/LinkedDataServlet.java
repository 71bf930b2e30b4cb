package newsgraph.serve;

import static newsgraph.serve.Html.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Linked data for every IRI under the store's base: {@code /person/x} answers 303 See Other to
 * {@code /page/person/x} (HTML, for browsers) or {@code /data/person/x} (Turtle or JSON-LD, by the
 * Accept header). Also the start page with the who-met-whom network, a name search, and the
 * dataset's VoID description. Read-only and thread-safe.
 */
final class LinkedDataServlet extends HttpServlet {
  static final Set<String> RESOURCE_ROOTS = Set.of("person", "country", "org", "city", "place", "event", "article", "build");
  private final Describer describer;
  private final String base;
  private final VoidDescription voidDescription;

  LinkedDataServlet(Describer describer, String base, VoidDescription voidDescription) {
    this.describer = describer;
    this.base = base;
    this.voidDescription = voidDescription;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI();
    if (path.equals("/") || path.isEmpty()) {
      html(resp, 200, StartPage.render());
    } else if (path.startsWith("/static/")) {
      staticFile(path.substring("/static/".length()), resp);
    } else if (path.equals("/api/network")) {
      json(resp, Network.json(describer, base));
    } else if (path.equals("/api/search")) {
      json(resp, Network.search(describer, base, req.getParameter("q")));
    } else if (path.equals("/void")) {
      rdf(req, resp, voidDescription.model());
    } else if (path.equals("/dataset")) {
      // issue 17: the dataset IRI the VoID description names is described by it
      resp.setStatus(303);
      resp.setHeader("Location", "/void");
    } else if (path.startsWith("/page/")) {
      String iri = base + path.substring("/page/".length());
      if (!describer.exists(iri)) notFound(resp, iri);
      else html(resp, 200, EntityPage.render(describer, base, iri, pageNumber(req.getParameter("page"))));
    } else if (path.startsWith("/data/")) {
      String iri = base + path.substring("/data/".length());
      if (!describer.exists(iri)) notFound(resp, iri);
      else rdf(req, resp, describer.describe(iri));
    } else {
      String first = path.substring(1).split("/", 2)[0];
      String iri = base + path.substring(1);
      if (!RESOURCE_ROOTS.contains(first) || !describer.exists(iri)) {
        notFound(resp, iri);
        return;
      }
      // the IRI names a thing, not a document: 303 to the document that describes it
      boolean browser = prefersHtml(req.getHeader("Accept"));
      resp.setStatus(303);
      resp.setHeader("Vary", "Accept");
      resp.setHeader("Location", (browser ? "/page/" : "/data/") + path.substring(1));
    }
  }

  static boolean prefersHtml(String accept) {
    if (accept == null) return false;
    String a = accept.toLowerCase(Locale.ROOT);
    int html = a.indexOf("text/html");
    if (html < 0) return false;
    int turtle = a.indexOf("text/turtle"), jsonld = a.indexOf("application/ld+json");
    return (turtle < 0 || html < turtle) && (jsonld < 0 || html < jsonld);
  }

  private static void rdf(HttpServletRequest req, HttpServletResponse resp, Model m) throws IOException {
    String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept");
    boolean jsonld = accept.contains("application/ld+json") && !accept.startsWith("text/turtle");
    Lang lang = accept.contains("application/n-triples") ? Lang.NTRIPLES : jsonld ? Lang.JSONLD : Lang.TURTLE;
    resp.setStatus(200);
    resp.setHeader("Vary", "Accept");
    resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
    try (OutputStream out = resp.getOutputStream()) {
      RDFDataMgr.write(out, m, lang);
    }
  }

  private static void html(HttpServletResponse resp, int status, String body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/html; charset=utf-8");
    resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(HttpServletResponse resp, String body) throws IOException {
    resp.setStatus(200);
    resp.setContentType("application/json; charset=utf-8");
    resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private static void notFound(HttpServletResponse resp, String iri) throws IOException {
    html(resp, 404, Html.page("Not found", "<h1>Not found</h1><p>The store says nothing about <code>" + esc(iri) + "</code>.</p>"));
  }

  private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css", "md", "text/plain");

  private static void staticFile(String name, HttpServletResponse resp) throws IOException {
    if (name.contains("..")) {
      resp.sendError(404);
      return;
    }
    try (InputStream in = LinkedDataServlet.class.getResourceAsStream("/newsgraph/web/" + name)) {
      if (in == null) {
        resp.sendError(404);
        return;
      }
      String ext = name.substring(name.lastIndexOf('.') + 1);
      resp.setContentType(TYPES.getOrDefault(ext, "text/plain") + "; charset=utf-8");
      resp.setHeader("Cache-Control", "max-age=86400");
      in.transferTo(resp.getOutputStream());
    }
  }

  static String link(String base, String iri, String label) {
    if (iri == null) return esc(label);
    String href = iri.startsWith(base) ? "/page/" + iri.substring(base.length()) : iri;
    return "<a href=\"" + esc(href) + "\">" + esc(label == null ? iri : label) + "</a>";
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The page a {@code ?page=N} parameter asks for; 1 when it is missing or no number. */
  static int pageNumber(String param) {
    try {
      return param == null ? 1 : Math.max(1, Integer.parseInt(param.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static Map<String, String> row(QuerySolution s, List<String> vars) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String v : vars) {
      RDFNode n = s.get(v);
      m.put(v, n == null ? null : n.isResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm());
    }
    return m;
  }

  static String statements(Model m, String base, String iri) {
    StringBuilder sb = new StringBuilder("<table>");
    List<Statement> all = m.listStatements(m.getResource(iri), null, (RDFNode) null).toList();
    // the page stays small whatever the store's size: the RDF link has every statement
    for (Statement st : all.subList(0, Math.min(all.size(), EntityPage.PAGE_ROWS))) {
      RDFNode o = st.getObject();
      String value = o.isResource() ? (o.isAnon() ? "(selector)" : link(base, o.asResource().getURI(),
          m.getResource(o.asResource().getURI()).hasProperty(newsgraph.rdf.Vocab.name)
              ? m.getResource(o.asResource().getURI()).getProperty(newsgraph.rdf.Vocab.name).getString() : o.asResource().getURI()))
          : esc(o.asLiteral().getLexicalForm());
      sb.append("<tr><th>").append(esc(m.shortForm(st.getPredicate().getURI()))).append("</th><td>").append(value).append("</td></tr>");
    }
    sb.append("</table>");
    if (all.size() > EntityPage.PAGE_ROWS)
      sb.append("<p class=evidence>").append(EntityPage.PAGE_ROWS).append(" of ").append(all.size())
          .append(" statements shown; the RDF has them all.</p>");
    return sb.toString();
  }
}
