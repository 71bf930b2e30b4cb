package newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Caps every SPARQL query sent to the endpoint at a result limit, whether it comes as a
 * {@code query} parameter or as an {@code application/sparql-query} body: a public endpoint must
 * not stream the whole store to one client. A query that does not parse goes through unchanged,
 * for Fuseki to answer with its error.
 */
final class ResultLimitFilter implements Filter {
  private final long maxResults;

  ResultLimitFilter(long maxResults) {
    this.maxResults = maxResults;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    jakarta.servlet.http.HttpServletResponse resp = (jakarta.servlet.http.HttpServletResponse) response;
    String contentType = req.getContentType() == null ? "" : req.getContentType();
    if (contentType.startsWith("application/sparql-query")) {
      String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String capped = capped(body);
      markIfCapped(body, capped, resp);
      chain.doFilter(new BodyWrapper(req, capped.getBytes(StandardCharsets.UTF_8)), response);
    } else if (req.getParameter("query") != null) {
      String capped = capped(req.getParameter("query"));
      markIfCapped(req.getParameter("query"), capped, resp);
      chain.doFilter(new ParameterWrapper(req, capped), response);
    } else if (req.getParameter("default") != null || "GET".equals(req.getMethod()) && req.getParameter("graph") == null
        && req.getRequestURI().matches(".*/(get|data)$")) {
      // issue 17: a Graph Store read of the default graph (the union of every article) streamed the whole store
      resp.sendError(403, "the default graph is the whole store: ask for one article's graph (?graph=IRI) or use SPARQL");
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The header that tells a client its query was given a limit it did not ask for (issue 17). */
  static final String CAPPED_HEADER = "Newsgraph-Result-Limit";

  private void markIfCapped(String original, String capped, jakarta.servlet.http.HttpServletResponse resp) {
    if (!capped.equals(original)) {
      resp.setHeader(CAPPED_HEADER, Long.toString(maxResults));
      resp.setHeader("Warning", "199 newsgraph \"results capped at " + maxResults + " rows (--max-results); the answer may be cut\"");
    }
  }

  String capped(String text) {
    try {
      Query q = QueryFactory.create(text);
      if (q.isAskType()) return text;
      if (!q.hasLimit() || q.getLimit() > maxResults) q.setLimit(maxResults);
      return q.serialize();
    } catch (QueryParseException e) {
      return text;
    }
  }

  private static final class ParameterWrapper extends HttpServletRequestWrapper {
    private final String query;

    ParameterWrapper(HttpServletRequest req, String query) {
      super(req);
      this.query = query;
    }

    @Override
    public String getParameter(String name) {
      return name.equals("query") ? query : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return name.equals("query") ? new String[] {query} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> m = new HashMap<>(super.getParameterMap());
      m.put("query", new String[] {query});
      return m;
    }
  }

  private static final class BodyWrapper extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyWrapper(HttpServletRequest req, byte[] body) {
      super(req);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("blocking reads only");
        }
      };
    }
  }
}
