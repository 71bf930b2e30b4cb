package newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Entity keys are IRI paths: lower-case ASCII words joined by hyphens, stable for the same name. */
class EntityTest {
  @Test
  void slugDropsAccentsApostrophesAndPunctuation() {
    assertThat(Entity.slug("Nicolás Maduro")).isEqualTo("nicolas-maduro");
    assertThat(Entity.slug("Recep Tayyip Erdoğan")).isEqualTo("recep-tayyip-erdogan");
    assertThat(Entity.slug("Seán O'Brien")).isEqualTo("sean-obrien");
    assertThat(Entity.slug("  -- U.S. Department of State (DoS) --")).isEqualTo("u-s-department-of-state-dos");
    assertThat(Entity.slug("G20 summit, 2023")).isEqualTo("g20-summit-2023");
  }

  @Test
  void aNameWithNoAsciiLetterStillGetsAKey() {
    assertThat(Entity.slug("Владимир Путин")).isEqualTo("x");
    assertThat(Entity.slug("")).isEqualTo("x");
    assertThat(Entity.keyOf(EntityType.PERSON, "Ōta Mitsuko")).isEqualTo("person/ota-mitsuko");
  }
}
