package newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rules resource: blocks of "key value" lines separated by blank lines, each block one rule;
 * {@code #} starts a comment line. A key may repeat (find, avoid). Every rule must carry an id,
 * a must-find and a must-not-find example, or the file does not load.
 */
public final class RuleFile {
  /** One block: its keys in order, each with its values in order. */
  public record Block(String resource, int line, Map<String, List<String>> fields) {
    public String one(String key) {
      List<String> v = fields.get(key);
      if (v == null || v.size() != 1)
        throw new IllegalArgumentException(resource + " line " + line + ": rule needs exactly one '" + key + "'");
      return v.get(0);
    }

    public String optional(String key, String otherwise) {
      List<String> v = fields.get(key);
      return v == null ? otherwise : v.get(0);
    }

    public List<String> all(String key) {
      return fields.getOrDefault(key, List.of());
    }
  }

  private RuleFile() {}

  public static List<Block> read(String resource) {
    InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new UncheckedIOException(new IOException(resource + " is not on the classpath"));
    List<Block> blocks = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, List<String>> fields = new LinkedHashMap<>();
      int start = 0, n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.startsWith("#")) continue;
        if (line.isBlank()) {
          if (!fields.isEmpty()) blocks.add(block(resource, start, fields));
          fields = new LinkedHashMap<>();
          continue;
        }
        if (fields.isEmpty()) start = n;
        String[] kv = line.trim().split("\\s+", 2);
        if (kv.length < 2) throw new IllegalArgumentException(resource + " line " + n + ": '" + kv[0] + "' has no value");
        fields.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1].trim());
      }
      if (!fields.isEmpty()) blocks.add(block(resource, start, fields));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return blocks;
  }

  private static Block block(String resource, int line, Map<String, List<String>> fields) {
    Block b = new Block(resource, line, Map.copyOf(fields));
    b.one("rule");
    if (b.all("find").isEmpty() || b.all("avoid").isEmpty())
      throw new IllegalArgumentException(resource + " line " + line + ": rule " + b.one("rule")
          + " needs a 'find' and an 'avoid' example");
    return b;
  }
}
