package newsgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path dir;
  private final CorpusReader reader = new CorpusReader(1000);

  @Test
  void emptyFileIsRejectedWithItsName() throws Exception {
    Path f = Files.writeString(dir.resolve("empty.txt"), "");
    assertThatThrownBy(() -> reader.read(f)).isInstanceOf(InputProblem.class)
        .satisfies(e -> assertThat(((InputProblem) e).line()).isEqualTo(f + ": empty file"));
  }

  @Test
  void binaryFileIsRejected() throws Exception {
    Path f = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    assertThatThrownBy(() -> reader.read(f)).hasMessage("binary file, not text");
  }

  @Test
  void hugeFileIsRejectedAtTheLimit() throws Exception {
    Path f = Files.writeString(dir.resolve("huge.txt"), "word ".repeat(300));
    assertThatThrownBy(() -> reader.read(f)).hasMessageStartingWith("too large: 1500 bytes");
  }

  @Test
  void windows1252TextIsDecodedWithAWarning() throws Exception {
    Path f = Files.write(dir.resolve("latin.txt"), "Caf\u00e9 talks \u201cwent well\u201d.".getBytes("windows-1252"));
    Article a = reader.read(f);
    assertThat(a.text()).isEqualTo("Caf\u00e9 talks \u201cwent well\u201d.");
    assertThat(a.warnings()).singleElement().asString().contains("not UTF-8, decoded as Windows-1252");
  }

  @Test
  void brokenSidecarIsNamed() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "The ministers met.");
    Path side = Files.writeString(dir.resolve("a.meta.json"), "{\"published\": ");
    assertThatThrownBy(() -> reader.read(f)).isInstanceOf(InputProblem.class)
        .satisfies(e -> assertThat(((InputProblem) e).path()).isEqualTo(side))
        .hasMessageStartingWith("sidecar is not valid JSON")
        .hasMessageNotContaining("TokenType"); // issue 17: the parser's internals said nothing to a user
  }

  @Test
  void badDateInSidecarIsNamed() throws Exception {
    Path f = Files.writeString(dir.resolve("b.txt"), "The ministers met.");
    Files.writeString(dir.resolve("b.meta.json"), "{\"published\": \"22/02/2023\"}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("bad \"published\" date '22/02/2023'");
  }

  @Test
  void sidecarFieldsAreRead() throws Exception {
    Path f = Files.writeString(dir.resolve("c.txt"), "The ministers met.");
    Files.writeString(dir.resolve("c.meta.json"), "{\"title\": \"T\", \"published\": \"2023-02-22\", \"url\": \"https://x.org/a\"}");
    Article a = reader.read(f);
    assertThat(a.id()).isEqualTo("c");
    assertThat(a.meta().title()).isEqualTo("T");
    assertThat(a.meta().published()).hasToString("2023-02-22");
  }

  @Test
  void furnitureLinesAreDroppedAndCaptionsKept() {
    String text = "Skip to main content\nHide Ad\nThe president, left, greets the minister. (Credit: Getty Images)\n\nSign up for our newsletter\nThe two sides met.";
    var paragraphs = new PageFurniture().paragraphs(text);
    assertThat(paragraphs).map(s -> s.of(text))
        .containsExactly("The president, left, greets the minister. (Credit: Getty Images)", "The two sides met.");
  }

  @Test
  void proseThatMentionsANewsletterOrSigningUpIsKept() {
    // issue 17: a furniture word inside a sentence of prose made the whole paragraph furniture
    String text = "Ana Ruiz, an analyst who writes a weekly newsletter on the Andes, said the talks had stalled.\n"
        + "Putin met Xi and agreed to sign up to a new trade pact.\n"
        + "Sign up for our newsletter";
    var paragraphs = new PageFurniture().paragraphs(text);
    assertThat(paragraphs).map(p -> p.of(text)).containsExactly(
        "Ana Ruiz, an analyst who writes a weekly newsletter on the Andes, said the talks had stalled.",
        "Putin met Xi and agreed to sign up to a new trade pact.");
  }

  @Test
  void aWholeArticleOnOneLineIsKept() {
    String text = "Chilean President Ana Ruiz met Peruvian President Jorge Salas in Lima on Monday. "
        + "\"We agreed on a great deal,\" Ruiz said after the talks. Sign up for our newsletter. All rights reserved.";
    assertThat(new PageFurniture().paragraphs(text)).map(p -> p.of(text)).containsExactly(text);
  }

  @Test
  void furnitureWordsAnywhereInALineAndBulletsAroundItAreFurniture() {
    String text = "\u2014 Advertisement \u2014\n"
        + "NEWSLETTER: the week's diplomacy in your inbox every Friday\n"
        + "This site uses cookies to improve your experience.\n"
        + "The foreign ministers met in Ankara on Tuesday and agreed to reopen their consulates.\n"
        + "  The foreign ministers   met in Ankara on Tuesday and agreed to reopen their consulates.\n"
        + "- Both sides said the talks were frank -";
    var paragraphs = new PageFurniture().paragraphs(text);
    assertThat(paragraphs).map(s -> s.of(text)).containsExactly(
        "The foreign ministers met in Ankara on Tuesday and agreed to reopen their consulates.",
        "- Both sides said the talks were frank -");
  }
}
