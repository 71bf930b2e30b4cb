package newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityStepTest {
  @Test
  void transliterationsOfOneNameAreOnePerson() {
    assertThat(IdentityStep.sameName("Sergei Lavrov", "Sergey Lavrov")).isTrue();
    assertThat(IdentityStep.sameName("Dmitry Peskov", "Dmitri Peskov")).isTrue();
    assertThat(IdentityStep.sameName("Mao Ning", "Moa Ning")).isTrue();
  }

  @Test
  void aMiddleNameMoreIsTheSamePerson() {
    assertThat(IdentityStep.sameName("Vladimir Putin", "Vladimir Vladimirovich Putin")).isTrue();
  }

  @Test
  void differentPeopleWithOneSurnameStayApart() {
    assertThat(IdentityStep.sameName("Wang Yi", "Wang Wenbin")).isFalse();
    assertThat(IdentityStep.sameName("Joe Biden", "Jill Biden")).isFalse();
    assertThat(IdentityStep.sameName("Boris Johnson", "Doris Johnson")).isTrue(); // one letter: curation's job
  }

  @Test
  void curationFileIsReadAndCheckedLineByLine(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("curation.tsv"), "# corrections\nmerge\tMr Lavrov\tSergei Lavrov\napart\tBoris Johnson\tDoris Johnson\n");
    Curation c = Curation.read(f);
    assertThat(c.canonical("Mr Lavrov")).isEqualTo("Sergei Lavrov");
    assertThat(c.apart("Doris Johnson", "Boris Johnson")).isTrue();
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "merge\tonly one name\n");
    assertThatThrownBy(() -> Curation.read(bad)).hasMessageContaining("bad.tsv:1:");
  }
}
