package newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsgraph.corpus.InputProblem;
import newsgraph.extract.ArticleFacts;
import newsgraph.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression snapshots: each bundled article's facts, one per line, sorted, in
 * src/test/resources/golden/NAME.txt. After a change that improves them, update on purpose with
 * {@code mvn test -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Pipeline PIPELINE = new Pipeline(1 << 22);

  static Stream<Path> articles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void factsMatchTheSnapshot(Path article) throws IOException, InputProblem {
    ArticleFacts facts = PIPELINE.process(article);
    List<String> lines = new ArrayList<>();
    facts.meetings().forEach(f -> lines.add("meeting " + TestArticles.render(f) + " [" + f.evidence().rule() + "]"));
    facts.quotes().forEach(f -> lines.add("quote " + TestArticles.render(f).replace('\n', ' ') + " [" + f.evidence().rule() + "]"));
    facts.positions().forEach(f -> lines.add("position " + TestArticles.render(f) + " [" + f.evidence().rule() + "]"));
    lines.sort(null);
    String actual = String.join("\n", lines) + "\n";
    Path golden = GOLDEN.resolve(article.getFileName().toString());
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
    if (Boolean.getBoolean("golden.update") && !actual.equals(expected)) {
      // issue 17: an update run rewrites the snapshot and still fails, so that no run passes by rewriting it
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      fail("snapshot " + golden + " rewritten on request: review its diff, then run the tests again");
    }
    assertThat(actual).isEqualTo(expected);
    String id = article.getFileName().toString().replace(".txt", "");
    for (String[] known : knownErrors())
      if (known[0].equals(id))
        assertThat(lines).as("known error no longer in the snapshot: delete its line from known-errors.tsv (%s)", known[2])
            .contains(known[1]);
  }

  /** article, fact line, what the gold says: the snapshots' facts that are known to be wrong. */
  static List<String[]> knownErrors() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(GOLDEN.resolve("known-errors.tsv"), StandardCharsets.UTF_8))
      if (!line.startsWith("#") && !line.isBlank()) out.add(line.split("\t"));
    return out;
  }
}
