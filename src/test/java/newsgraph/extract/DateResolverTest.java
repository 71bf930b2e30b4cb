package newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 2, 22);

  @Test
  void explicitMonthDay() {
    assertThat(DateResolver.resolve("during a meeting in Moscow on Feb. 21", WEDNESDAY, false)).contains("2023-02-21");
    assertThat(DateResolver.resolve("on 4 February 2022", WEDNESDAY, false)).contains("2022-02-04");
  }

  @Test
  void weekdayLooksBackInThePastAndAheadWhenPlanned() {
    assertThat(DateResolver.resolve("they met on Wednesday", WEDNESDAY, false)).contains("2023-02-22");
    assertThat(DateResolver.resolve("they met on Monday", WEDNESDAY, false)).contains("2023-02-20");
    assertThat(DateResolver.resolve("they will meet on Friday", WEDNESDAY, true)).contains("2023-02-24");
  }

  @Test
  void partialDatesStayPartial() {
    assertThat(DateResolver.resolve("a visit later this year", WEDNESDAY, true)).contains("2023");
    assertThat(DateResolver.resolve("talks in December", WEDNESDAY, false)).contains("2022-12");
  }

  @Test
  void relativeDaysAndBareYears() {
    assertThat(DateResolver.resolve("The two ministers spoke by phone yesterday", WEDNESDAY, false)).contains("2023-02-21");
    assertThat(DateResolver.resolve("Today's talks were the first since 2019", WEDNESDAY, false)).contains("2019");
    assertThat(DateResolver.resolve("They met in Ankara during 2021", WEDNESDAY, false)).contains("2021");
    assertThat(DateResolver.resolve("Talks resume tomorrow", WEDNESDAY, true)).contains("2023-02-23");
    assertThat(DateResolver.resolve("the Sept. 9 summit", WEDNESDAY, false)).contains("2022-09-09");
  }

  @Test
  void noDateGivesNothing() {
    assertThat(DateResolver.resolve("the two leaders met", WEDNESDAY, false)).isEmpty();
  }
}
