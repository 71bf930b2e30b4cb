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
  void namesInOtherScriptsGetKeysOfTheirOwn() {
    // issue 17: every Cyrillic, Chinese or Arabic name used to get the key "x", merging people
    assertThat(Entity.slug("Путин")).isEqualTo("%D0%BF%D1%83%D1%82%D0%B8%D0%BD");
    assertThat(Entity.slug("Владимир Путин")).isNotEqualTo(Entity.slug("Сергей Лавров")).contains("-");
    assertThat(Entity.slug("习近平")).isNotEqualTo(Entity.slug("王毅")).startsWith("%E4%B9%A0");
    assertThat(java.net.URI.create("https://w3id.org/newsgraph/id/person/" + Entity.slug("محمد بن سلمان"))).isNotNull();
  }

  @Test
  void aNameWithNoLetterStillGetsAKey() {
    assertThat(Entity.slug("")).isEqualTo("x");
    assertThat(Entity.slug("--")).isEqualTo("x");
    assertThat(Entity.keyOf(EntityType.PERSON, "Ōta Mitsuko")).isEqualTo("person/ota-mitsuko");
  }
}
