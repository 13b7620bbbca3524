package io.github.mtss.interop.edfi.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The school year of the import day D: its sessions per school, its instructional days per
 * school calendar, and its grading periods. Days are epoch days. A session whose school calendar
 * lists no instructional day falls back to its {@code totalInstructionalDays}: prorated by
 * weekdays for days enrolled, and any weekday of it is an instructional day for absences.
 */
final class SchoolYear {
  /** One session of a school. */
  record Session(String school, String name, long begin, long end, @Nullable String term,
      @Nullable Integer totalDays) {}

  private final int year;
  private final long asOf;
  private final long start;
  private final long end;
  private final Map<String, List<Session>> sessions = new TreeMap<>();
  private final Map<String, Map<String, BitSet>> calendars = new HashMap<>();
  private final Map<String, BitSet> unions = new HashMap<>();
  private final Set<Session> fallback = new HashSet<>();
  private final Map<String, Long> periodEnds = new HashMap<>();
  private final Map<String, Set<String>> latestPeriods = new HashMap<>();

  private SchoolYear(int year, long asOf, List<Session> ofYear) {
    this.year = year;
    this.asOf = asOf;
    this.start = ofYear.stream().mapToLong(Session::begin).min().orElse(asOf);
    this.end = ofYear.stream().mapToLong(Session::end).max().orElse(asOf);
    ofYear.forEach(s -> sessions.computeIfAbsent(s.school(), k -> new ArrayList<>()).add(s));
  }

  /**
   * The year of {@code asOf}: {@code forced}, else the school year of the sessions containing
   * it; null when no session contains it.
   */
  static @Nullable SchoolYear of(Map<Session, Integer> allSessions, LocalDate asOf,
      @Nullable Integer forced) {
    long day = asOf.toEpochDay();
    Integer year = forced;
    if (year == null) {
      year = allSessions.entrySet().stream()
          .filter(e -> e.getKey().begin() <= day && day <= e.getKey().end())
          .map(Map.Entry::getValue).max(Integer::compare).orElse(null);
    }
    if (year == null) {
      return null;
    }
    int chosen = year;
    List<Session> ofYear = allSessions.entrySet().stream()
        .filter(e -> e.getValue() == chosen).map(Map.Entry::getKey).toList();
    return new SchoolYear(chosen, day, ofYear);
  }

  int year() {
    return year;
  }

  long yearStart() {
    return start;
  }

  long asOf() {
    return asOf;
  }

  /** Whether {@code day} lies in the year, on or before D. */
  boolean inYearToDate(long day) {
    return start <= day && day <= asOf;
  }

  /** Whether the window from {@code from} to {@code to} meets the year. */
  boolean overlaps(long from, long to) {
    return from <= end && to >= start;
  }

  boolean inYear(long day) {
    return start <= day && day <= end;
  }

  /** Records an instructional day of a school calendar. */
  void instructionalDay(String school, String calendar, long day) {
    calendars.computeIfAbsent(school, s -> new HashMap<>())
        .computeIfAbsent(calendar, c -> new BitSet()).set((int) (day - start));
  }

  /** Records a grading period of the year. */
  void gradingPeriod(String key, long periodEnd) {
    periodEnds.put(key, periodEnd);
  }

  /**
   * Ends the reading of calendars and grading periods: finds the sessions that fall back to
   * their totals (noted in {@code ledger}) and each school's latest grading period ended by D.
   */
  void finish(Ledger ledger) {
    sessions.values().forEach(list -> list.forEach(session -> {
      BitSet days = union(session.school());
      int from = (int) (session.begin() - start);
      int next = days.nextSetBit(from);
      if (next < 0 || next > session.end() - start) {
        fallback.add(session);
        ledger.note("school " + session.school() + ", session '" + session.name() + "': its "
            + "calendar lists no instructional day, so days_enrolled counts its "
            + "totalInstructionalDays (" + (session.totalDays() == null ? "absent: 0"
                : session.totalDays()) + ") prorated by weekdays elapsed, and any weekday of "
            + "it counts as an instructional day for absences");
      }
    }));
    Map<String, Long> latest = new HashMap<>();
    periodEnds.forEach((key, periodEnd) -> {
      if (periodEnd <= asOf) {
        latest.merge(schoolOf(key), periodEnd, Math::max);
      }
    });
    periodEnds.forEach((key, periodEnd) -> {
      if (periodEnd.equals(latest.get(schoolOf(key)))) {
        latestPeriods.computeIfAbsent(schoolOf(key), s -> new HashSet<>()).add(key);
      }
    });
  }

  /** A grading period's key: school, descriptor code, name and year. */
  static String periodKey(String school, @Nullable String code, @Nullable String name,
      int year) {
    return school + "|" + code + "|" + name + "|" + year;
  }

  private static String schoolOf(String periodKey) {
    return periodKey.substring(0, periodKey.indexOf('|'));
  }

  /** Whether the period is the latest one of its school that ended on or before D. */
  boolean isLatestPeriod(String periodKey) {
    return latestPeriods.getOrDefault(schoolOf(periodKey), Set.of()).contains(periodKey);
  }

  boolean knowsPeriod(String periodKey) {
    return periodEnds.containsKey(periodKey);
  }

  private BitSet union(String school) {
    BitSet cached = unions.get(school);
    if (cached != null) {
      return cached;
    }
    BitSet all = new BitSet();
    calendars.getOrDefault(school, Map.of()).values().forEach(all::or);
    unions.put(school, all);
    return all;
  }

  private BitSet calendar(String school, @Nullable String calendar) {
    Map<String, BitSet> ofSchool = calendars.getOrDefault(school, Map.of());
    BitSet chosen = calendar == null ? null : ofSchool.get(calendar);
    return chosen != null ? chosen : union(school);
  }

  private @Nullable Session session(String school, long day) {
    for (Session session : sessions.getOrDefault(school, List.of())) {
      if (session.begin() <= day && day <= session.end()) {
        return session;
      }
    }
    return null;
  }

  /** Whether the school is known to hold sessions this year. */
  boolean hasSessions(String school) {
    return sessions.containsKey(school);
  }

  /** Whether {@code day} is an instructional day of the school (and calendar, when given). */
  boolean instructional(String school, @Nullable String calendar, long day) {
    Session session = session(school, day);
    if (session == null) {
      return false;
    }
    if (fallback.contains(session)) {
      return isWeekday(day);
    }
    return calendar(school, calendar).get((int) (day - start));
  }

  /**
   * The instructional days of the school (and calendar) from {@code from} to {@code to}
   * inclusive, up to D.
   */
  long daysEnrolled(String school, @Nullable String calendar, long from, long to) {
    long last = Math.min(to, asOf);
    BitSet days = calendar(school, calendar);
    BitSet counted = new BitSet();
    long prorated = 0;
    for (Session session : sessions.getOrDefault(school, List.of())) {
      long a = Math.max(from, session.begin());
      long b = Math.min(last, session.end());
      if (fallback.contains(session)) {
        prorated += prorated(session, a, b);
      } else if (a <= b) {
        BitSet window = days.get((int) (a - start), (int) (b - start) + 1);
        counted.or(shift(window, (int) (a - start)));
      }
    }
    return counted.cardinality() + prorated;
  }

  private static BitSet shift(BitSet window, int by) {
    BitSet shifted = new BitSet();
    window.stream().forEach(i -> shifted.set(i + by));
    return shifted;
  }

  /** totalInstructionalDays × weekdays of [a, b] / weekdays of the session, half up. */
  private static long prorated(Session session, long a, long b) {
    long all = weekdays(session.begin(), session.end());
    if (session.totalDays() == null || all == 0 || a > b) {
      return 0;
    }
    return (session.totalDays() * weekdays(a, b) * 2 + all) / (2 * all);
  }

  static long weekdays(long from, long to) {
    long count = 0;
    for (long day = from; day <= to; day++) {
      count += isWeekday(day) ? 1 : 0;
    }
    return count;
  }

  private static boolean isWeekday(long day) {
    DayOfWeek weekday = LocalDate.ofEpochDay(day).getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The end of the term of the year at the school (any school when it has none), or null. */
  @Nullable Long termEnd(@Nullable String school, String term) {
    Long atSchool = null;
    Long anywhere = null;
    for (List<Session> list : sessions.values()) {
      for (Session session : list) {
        if (session.term() != null && Mapping.lower(session.term()).equals(Mapping.lower(term))) {
          anywhere = anywhere == null ? session.end() : Math.max(anywhere, session.end());
          if (session.school().equals(school)) {
            atSchool = atSchool == null ? session.end() : Math.max(atSchool, session.end());
          }
        }
      }
    }
    return atSchool != null ? atSchool : anywhere;
  }
}
