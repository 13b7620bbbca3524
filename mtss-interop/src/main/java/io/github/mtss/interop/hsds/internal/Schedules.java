package io.github.mtss.interop.hsds.internal;

import io.github.mtss.core.Availability;
import io.github.mtss.interop.hsds.internal.HsdsService.Schedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When a service runs, from its HSDS schedules (RFC 5545 recurrences): weekday, evening and
 * weekend. The days are {@code byday} ({@code MO,TU}; an ordinal such as {@code 1SA} counts as
 * the day), or every day for {@code freq=DAILY} without {@code byday}; a schedule with no days
 * says nothing. A weekday (Monday to Friday) is a {@code weekday} window when the service opens
 * before the evening hour, an {@code evening} one when it closes after it (or opens at or after
 * it, or closes past midnight); Saturday or Sunday is a {@code weekend} window. Without opening
 * hours a weekday counts as {@code weekday} only.
 */
final class Schedules {
  private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY,
      "TU", DayOfWeek.TUESDAY, "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY,
      "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU", DayOfWeek.SUNDAY);
  private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private Schedules() {}

  /** Returns the windows of the schedules, evening starting at {@code evening}. */
  static TreeSet<Availability> windows(List<Schedule> schedules, LocalTime evening) {
    TreeSet<Availability> windows = new TreeSet<>();
    for (Schedule schedule : schedules) {
      Set<DayOfWeek> days = days(schedule);
      if (days.stream().anyMatch(WEEKEND::contains)) {
        windows.add(Availability.WEEKEND);
      }
      if (days.stream().anyMatch(day -> !WEEKEND.contains(day))) {
        windows.addAll(weekdayWindows(schedule.opensAt(), schedule.closesAt(), evening));
      }
    }
    return windows;
  }

  private static Set<Availability> weekdayWindows(@Nullable LocalTime opens,
      @Nullable LocalTime closes, LocalTime evening) {
    Set<Availability> windows = EnumSet.noneOf(Availability.class);
    if (opens == null && closes == null) {
      windows.add(Availability.WEEKDAY);
      return windows;
    }
    LocalTime from = opens == null ? LocalTime.MIDNIGHT : opens;
    if (from.isBefore(evening)) {
      windows.add(Availability.WEEKDAY);
    }
    boolean pastMidnight = closes != null && closes.isBefore(from);
    if (!from.isBefore(evening) || closes != null && (closes.isAfter(evening) || pastMidnight)) {
      windows.add(Availability.EVENING);
    }
    return windows;
  }

  private static Set<DayOfWeek> days(Schedule schedule) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    String byDay = schedule.byDay();
    if (byDay == null) {
      if ("DAILY".equalsIgnoreCase(schedule.freq())) {
        days.addAll(EnumSet.allOf(DayOfWeek.class));
      }
      return days;
    }
    for (String part : byDay.split(",")) {
      String day = part.strip().toUpperCase(Locale.ROOT);
      DayOfWeek found = day.length() >= 2 ? DAYS.get(day.substring(day.length() - 2)) : null;
      if (found != null) {
        days.add(found);
      }
    }
    return days;
  }
}
