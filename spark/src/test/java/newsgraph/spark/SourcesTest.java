package newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing: what is an input, in which order, with which sidecar. */
class SourcesTest {
  @TempDir Path dir;

  @Test
  void foldersAreWalkedInBuildsOrderAndOtherFilesSkipped() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/second.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("a.meta.json"), "{}");
    Files.writeString(dir.resolve("feed.jsonl.gz"), "");
    Files.writeString(dir.resolve("crawl.warc.gz"), "");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    List<Source> sources = Sources.list(List.of(dir.toString(), dir.resolve("a.txt").toString()), new Configuration());
    assertThat(sources).extracting(s -> s.uri().substring(s.uri().lastIndexOf(dir.getFileName().toString())))
        .extracting(u -> u.substring(u.indexOf('/') + 1))
        .containsExactly("a.txt", "b/second.txt", "crawl.warc.gz", "feed.jsonl.gz"); // a.txt once
    assertThat(sources).extracting(Source::kind).containsExactly(Source.Kind.TEXT, Source.Kind.TEXT, Source.Kind.WARC,
        Source.Kind.JSON_LINES);
    assertThat(sources.get(0).sidecar()).endsWith("a.meta.json");
    assertThat(sources.get(1).sidecar()).isNull();
    assertThat(sources).extracting(Source::order).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aNamedFileOfNoKnownKindAndAMissingPathAreErrors() throws IOException {
    Files.writeString(dir.resolve("notes.md"), "x");
    assertThatThrownBy(() -> Sources.list(List.of(dir.resolve("notes.md").toString()), new Configuration()))
        .hasMessageContaining("notes.md: not an article (.txt), JSON Lines (.jsonl) or WARC file");
    assertThatThrownBy(() -> Sources.list(List.of(dir.resolve("gone").toString()), new Configuration()))
        .hasMessageContaining("gone: no such file or folder");
  }

  @Test
  void recordsOfAFileComeAfterTheFilesBeforeIt() {
    Source first = new Source(Source.Kind.JSON_LINES, "file:/a.jsonl", null, 0);
    Source second = new Source(Source.Kind.TEXT, "file:/b.txt", null, 1);
    assertThat(first.orderOf(5_000_000)).isLessThan(second.orderOf(0));
  }
}
