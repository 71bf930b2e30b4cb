package newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsgraph.TestArticles;
import newsgraph.entity.Entity;
import newsgraph.entity.Gazetteer;
import newsgraph.nlp.WordSets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of {@code meetings.rules} on its own examples: each "find" sentence gives a meeting by
 * that rule with the participants written after "=>", each "avoid" sentence none (occurred or
 * planned) by that rule.
 */
class RuleExamplesTest {
  private static final MeetingRules RULES = new MeetingRules(WordSets.get(), Gazetteer.get());

  @TestFactory
  Stream<DynamicTest> everyMeetingRuleFindsAndAvoidsItsExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MeetingRules.Rule rule : RULES.rules()) {
      for (String find : rule.finds()) {
        String[] parts = find.split("=>");
        String sentence = parts[0].trim();
        List<String> expected = Stream.of(parts[1].split("\\+")).map(String::trim).toList();
        tests.add(DynamicTest.dynamicTest(rule.id() + " finds: " + sentence, () -> {
          List<Meeting> found = byRule(sentence, rule.id());
          assertThat(found).as("meetings by %s", rule.id()).isNotEmpty();
          List<String> names = found.get(0).participants().stream().map(Entity::name).toList();
          for (String who : expected)
            assertThat(names).as("participants").anyMatch(n -> n.equals(who) || n.endsWith(" " + who));
          assertThat(names).hasSize(expected.size());
        }));
      }
      for (String avoid : rule.avoids()) {
        tests.add(DynamicTest.dynamicTest(rule.id() + " avoids: " + avoid, () ->
            assertThat(byRule(avoid, rule.id()).stream().filter(m -> m.status() == MeetingStatus.OCCURRED
                || m.status() == MeetingStatus.PLANNED).map(TestArticles::render)).isEmpty()));
      }
    }
    return tests.stream();
  }

  private static final StanceRules STANCES = new StanceRules(WordSets.get());

  @TestFactory
  Stream<DynamicTest> everyStanceRuleFindsAndAvoidsItsExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (StanceRules.Rule rule : STANCES.rules()) {
      for (String find : rule.finds()) {
        String[] parts = find.split("=>");
        String sentence = parts[0].trim();
        String[] expected = parts[1].trim().split(" ");
        String keyword = expected[expected.length - 1];
        String polarity = expected[expected.length - 2];
        String holder = String.join(" ", java.util.Arrays.copyOf(expected, expected.length - 2));
        tests.add(DynamicTest.dynamicTest(rule.id() + " finds: " + sentence, () ->
            assertThat(stancesByRule(sentence, rule.id()).stream().map(TestArticles::render))
                .as("stances by %s", rule.id())
                .anyMatch(r -> r.startsWith(polarity + " ") && r.contains(holder + " -> ") && r.contains(keyword))));
      }
      for (String avoid : rule.avoids()) {
        Polarity written = rule.polarity() == null ? null : rule.polarity();
        tests.add(DynamicTest.dynamicTest(rule.id() + " avoids: " + avoid, () ->
            assertThat(stancesByRule(avoid, rule.id()).stream().filter(p -> written == null || p.polarity() == written)
                .map(TestArticles::render)).isEmpty()));
      }
    }
    return tests.stream();
  }

  private static List<Position> stancesByRule(String sentence, String rule) {
    return TestArticles.facts(sentence).positions().stream().filter(p -> p.evidence().rule().equals(rule)).toList();
  }

  private static List<Meeting> byRule(String sentence, String rule) {
    return TestArticles.facts(sentence).meetings().stream().filter(m -> m.evidence().rule().equals(rule)).toList();
  }
}
