package io.github.mtss.interop.hsds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Availability;
import io.github.mtss.interop.hsds.internal.HsdsService.Schedule;
import io.github.mtss.interop.hsds.internal.HsdsService.Term;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The rules of the HSDS mapping at their boundaries: schedule windows, codes, languages. */
class MappingRulesTest {
  private static final LocalTime EVENING = LocalTime.of(17, 0);

  private static List<Availability> windows(String byDay, String opens, String closes) {
    return List.copyOf(Schedules.windows(List.of(new Schedule("WEEKLY", byDay,
        opens == null ? null : LocalTime.parse(opens),
        closes == null ? null : LocalTime.parse(closes))), EVENING));
  }

  @Test
  void weekdayHoursThatReachTheEveningHourAreWeekdayAndEvening() {
    assertThat(windows("MO", "09:00", "17:00")).containsExactly(Availability.WEEKDAY);
    assertThat(windows("MO", "09:00", "17:01")).containsExactly(Availability.WEEKDAY,
        Availability.EVENING);
    assertThat(windows("FR", "17:00", "19:00")).containsExactly(Availability.EVENING);
    assertThat(windows("TU", "16:59", "18:00")).containsExactly(Availability.WEEKDAY,
        Availability.EVENING);
    assertThat(windows("WE", "22:00", "02:00")).containsExactly(Availability.EVENING);
  }

  @Test
  void weekendDaysAndDaysWithoutHours() {
    assertThat(windows("SA,SU", "18:00", "21:00")).containsExactly(Availability.WEEKEND);
    assertThat(windows("1SA,TH", null, null)).containsExactly(Availability.WEEKDAY,
        Availability.WEEKEND);
    assertThat(windows(null, "09:00", "12:00")).as("no days: says nothing").isEmpty();
    assertThat(Schedules.windows(List.of(new Schedule("DAILY", null, null, null)), EVENING))
        .containsExactly(Availability.WEEKDAY, Availability.WEEKEND);
  }

  @Test
  void anAirsCodeMatchesItsNearestMappedAncestor() {
    assertThat(PartnerRows.ancestors("BD-1800.2000-180")).containsExactly("bd-1800.2000-180",
        "bd-1800.2000", "bd-1800", "bd", "b");
    assertThat(PartnerRows.lookup(new Term("RX-8450.1000", "Outpatient"),
        Map.of("r", "mental", "rx", "substance"))).isEqualTo("substance");
    assertThat(PartnerRows.lookup(new Term("1102", "Food Pantry"),
        Map.of("food pantry", "food"))).isEqualTo("food");
    assertThat(PartnerRows.lookup(new Term("YZ", "Target Population"), Map.of("b", "x")))
        .isNull();
  }

  @Test
  void languagesBecomeIso6391Codes() {
    assertThat(Languages.iso6391("spa")).isEqualTo("es");
    assertThat(Languages.iso6391("ger")).isEqualTo("de");
    assertThat(Languages.iso6391("en-US")).isEqualTo("en");
    assertThat(Languages.iso6391("Vietnamese")).isEqualTo("vi");
    assertThat(Languages.iso6391("tlh")).isNull();
  }

  @Property
  void everyWeekdayScheduleWithHoursIsWeekdayOrEvening(@ForAll @IntRange(min = 0, max = 23)
      int opens, @ForAll @IntRange(min = 0, max = 23) int closes) {
    List<Availability> windows = windows("MO", String.format("%02d:00", opens),
        String.format("%02d:30", closes));
    assertThat(windows).isNotEmpty().doesNotContain(Availability.WEEKEND);
    assertThat(windows.contains(Availability.WEEKDAY)).isEqualTo(opens < 17);
  }
}
