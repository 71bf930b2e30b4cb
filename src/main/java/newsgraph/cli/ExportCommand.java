package newsgraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsgraph.store.GraphStore;
import newsgraph.store.StoreException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the dataset, or one article's graph, in a standard RDF serialisation. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the store: quad formats (nq, trig) keep the article graphs, triple formats (ttl, nt, jsonld, rdf) get their union.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--format", required = true, description = "ttl, nt, nq, trig, jsonld or rdf.")
  String format;

  @Option(names = "--void", description = "Export the VoID description of the dataset instead of its data.")
  boolean voidOnly;

  @Option(names = "--graph", paramLabel = "IRI", description = "Only this graph (an article's IRI).")
  String graph;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  /** Standard output, flushed but not closed when the export ends. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }

  static Lang lang(String format) {
    return switch (format) {
      case "ttl", "turtle" -> Lang.TURTLE;
      case "nt", "ntriples" -> Lang.NTRIPLES;
      case "nq", "nquads" -> Lang.NQUADS;
      case "trig" -> Lang.TRIG;
      case "jsonld", "json-ld" -> Lang.JSONLD;
      case "rdf", "xml", "rdfxml" -> Lang.RDFXML;
      default -> null;
    };
  }

  @Override
  public Integer call() throws Exception {
    Lang lang = lang(format);
    if (lang == null) {
      System.err.println("newsgraph: unknown format '" + format + "' (ttl, nt, nq, trig, jsonld, rdf)");
      return Main.FATAL;
    }
    if (out != null && (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent()))) {
      // issue 17: a missing folder gave a stack trace
      System.err.println("newsgraph: --out " + out + ": no such folder");
      return Main.FATAL;
    }
    try (GraphStore gs = GraphStore.open(store.store, false);
         OutputStream os = out == null ? new NonClosing(System.out) : Files.newOutputStream(out)) {
      if (graph != null && !gs.graphNames().contains(graph)) {
        System.err.println("newsgraph: no graph <" + graph + "> in " + store.store);
        return Main.FATAL;
      }
      boolean quads = lang == Lang.NQUADS || lang == Lang.TRIG;
      if (voidOnly) {
        String base = gs.baseIri().orElse(newsgraph.rdf.Iris.DEFAULT_BASE);
        RDFDataMgr.write(os, new newsgraph.serve.VoidDescription(gs.dataset(), base, null).model(), quads ? Lang.TURTLE : lang);
      } else if (quads && graph == null) {
        Txn.executeRead(gs.dataset(), () -> RDFDataMgr.write(os, gs.dataset(), lang));
      } else if (quads) {
        Dataset one = DatasetFactory.create();
        one.addNamedModel(graph, gs.copy(graph));
        RDFDataMgr.write(os, one, lang);
      } else {
        Model m = gs.copy(graph);
        m.setNsPrefixes(newsgraph.rdf.Prefixes.map());
        if (lang == Lang.TURTLE) RDFDataMgr.write(os, m, RDFFormat.TURTLE_PRETTY);
        else RDFDataMgr.write(os, m, lang);
      }
      os.flush();
      return Main.OK;
    } catch (StoreException e) {
      System.err.println("newsgraph: " + e.getMessage());
      return Main.FATAL;
    } catch (java.io.IOException e) {
      System.err.println("newsgraph: --out " + out + ": cannot write it (" + e.getMessage() + ")");
      return Main.FATAL;
    }
  }
}
