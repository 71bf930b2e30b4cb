package newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

/**
 * What a distributed build ({@code newsgraph spark}) leaves beside its N-Quads for {@code load}:
 * the base IRI its graphs were minted under, the pipeline that made them, when, and how many
 * articles were built and failed. Written as {@code newsgraph-job.properties}.
 */
public record JobInfo(String baseIri, String pipelineVersion, Instant started, Instant ended, int articles,
                      int failures) {
  public static final String FILE = "newsgraph-job.properties";

  public void write(OutputStream out) throws IOException {
    Properties p = new Properties();
    p.setProperty("base", baseIri);
    p.setProperty("pipeline", pipelineVersion);
    p.setProperty("started", started.toString());
    p.setProperty("ended", ended.toString());
    p.setProperty("articles", Integer.toString(articles));
    p.setProperty("failures", Integer.toString(failures));
    p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "newsgraph spark: the job that wrote these N-Quads");
  }

  /** Reads the file; a missing or malformed field is an {@link IOException} naming it. */
  public static JobInfo read(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    try {
      return new JobInfo(required(p, "base"), required(p, "pipeline"), Instant.parse(required(p, "started")),
          Instant.parse(required(p, "ended")), Integer.parseInt(required(p, "articles")),
          Integer.parseInt(required(p, "failures")));
    } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
      throw new IOException("a malformed field (" + e.getMessage() + ")");
    }
  }

  private static String required(Properties p, String key) throws IOException {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) throw new IOException("no '" + key + "' field");
    return v.strip();
  }
}
