package io.github.mtss.interop.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For any attendance events of one student, days_absent is the sum over the distinct
 * instructional days on or before D of the day's largest absence, and never exceeds
 * days_enrolled.
 */
class AbsenceProperties {
  private static final String S = EdFiFixture.SCHOOL;
  private static final LocalDate FIRST = LocalDate.of(2021, 9, 1);
  private static final LocalDate AS_OF = LocalDate.of(2021, 9, 24);

  record Event(int day, boolean absence, int tenths) {}

  @Provide
  Arbitrary<Event> events() {
    return Combinators.combine(Arbitraries.integers().between(0, 29), Arbitraries.of(true,
        false), Arbitraries.integers().between(1, 10)).as(Event::new);
  }

  @Property(tries = 40)
  void daysAbsentIsTheLargestAbsenceOfEachInstructionalDay(
      @ForAll @Size(max = 25) List<@From("events") Event> events) throws Exception {
    EdFiFixture fixture = new EdFiFixture().fallSession().weekdays(S, "2021-09-01",
        "2021-09-30").enrolment("1", S, "2021-09-01", null, "Ninth grade");
    Map<LocalDate, Integer> largest = new HashMap<>();
    for (Event e : events) {
      LocalDate day = FIRST.plusDays(e.day());
      fixture.schoolEvent("1", S, day.toString(), e.absence() ? "Unexcused Absence" : "Tardy",
          e.tenths() / 10.0);
      boolean instructional = day.getDayOfWeek() != DayOfWeek.SATURDAY
          && day.getDayOfWeek() != DayOfWeek.SUNDAY && !day.isAfter(AS_OF);
      if (e.absence() && instructional) {
        largest.merge(day, e.tenths(), Math::max);
      }
    }
    Path dir = Files.createTempDirectory("absence-property");
    Map<String, String> row;
    try {
      EdFiFixture.run(fixture.write(dir.resolve("in")), AS_OF.toString(), dir.resolve("out"));
      row = EdFiFixture.rows(dir.resolve("out/students.csv")).get("1");
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    BigDecimal expected = BigDecimal.valueOf(largest.values().stream().mapToInt(i -> i).sum(),
        1);
    assertThat(new BigDecimal(row.get("days_absent"))).isEqualByComparingTo(expected);
    assertThat(new BigDecimal(row.get("days_absent")))
        .isLessThanOrEqualTo(new BigDecimal(row.get("days_enrolled")));
  }
}
