package newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import newsgraph.store.GraphStore;
import newsgraph.store.StoreException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a SPARQL query over the union of all article graphs and prints its results on stdout. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query (a file or the query text) over the union of all graphs.")
final class QueryCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--format", description = "table, csv, tsv, json or xml for SELECT/ASK; "
      + "ttl, nt, jsonld or rdf for CONSTRUCT/DESCRIBE (default: table / ttl).")
  String format;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a query that runs longer (default: ${DEFAULT-VALUE}).",
      defaultValue = "60")
  double timeout;

  @Parameters(paramLabel = "QUERY", description = "A .rq file or SPARQL text.")
  String queryArg;

  @Override
  public Integer call() throws Exception {
    String source = queryArg;
    String name = "query";
    Path file = Path.of(queryArg.length() < 1024 ? queryArg : ".");
    if (queryArg.length() < 1024 && Files.isRegularFile(file)) {
      source = Files.readString(file, StandardCharsets.UTF_8);
      name = file.toString();
    } else if (queryArg.endsWith(".rq") && !queryArg.contains("{")) {
      // issue 17: a missing query file was reported as a malformed query
      System.err.println("newsgraph: " + queryArg + ": no such query file");
      return Main.FATAL;
    }
    Query query;
    try {
      query = QueryFactory.create(source);
    } catch (QueryParseException e) {
      System.err.println("newsgraph: " + name + ": malformed query at line " + e.getLine() + ", column " + e.getColumn()
          + ": " + firstLine(e.getMessage()));
      return Main.FATAL;
    }
    try (GraphStore gs = GraphStore.open(store.store, false)) {
      PrintStream out = System.out;
      int code = Txn.calculateRead(gs.dataset(), () -> run(gs, query, out));
      out.flush();
      return code;
    } catch (StoreException e) {
      System.err.println("newsgraph: " + e.getMessage());
      return Main.FATAL;
    }
  }

  private int run(GraphStore gs, Query query, OutputStream out) {
    try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query(query)
        .timeout((long) (timeout * 1000), TimeUnit.MILLISECONDS).build()) {
      if (query.isSelectType()) {
        ResultSet rs = qe.execSelect();
        String f = format == null ? "table" : format;
        switch (f) {
          case "table" -> ResultSetFormatter.out(out, rs, query);
          case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
          case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
          case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
          case "xml" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
          default -> {
            System.err.println("newsgraph: unknown result format '" + f + "' (table, csv, tsv, json, xml)");
            return Main.FATAL;
          }
        }
      } else if (query.isAskType()) {
        boolean b = qe.execAsk();
        String f = format == null ? "table" : format;
        switch (f) {
          case "json" -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
          case "xml" -> ResultSetMgr.write(out, b, ResultSetLang.RS_XML);
          case "csv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
          case "tsv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
          default -> new PrintStream(out, true, StandardCharsets.UTF_8).println(b ? "yes" : "no");
        }
      } else {
        Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
        Lang lang = ExportCommand.lang(format == null ? "ttl" : format);
        if (lang == null) {
          System.err.println("newsgraph: unknown RDF format '" + format + "' (ttl, nt, jsonld, rdf)");
          return Main.FATAL;
        }
        RDFDataMgr.write(out, m, lang);
      }
      return Main.OK;
    } catch (QueryCancelledException e) {
      System.err.println("newsgraph: the query ran longer than " + timeout + " s and was stopped (--timeout)");
      return Main.FATAL;
    }
  }

  static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
