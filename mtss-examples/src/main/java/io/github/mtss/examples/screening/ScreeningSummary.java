package io.github.mtss.examples.screening;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts a district looks at first: students per tier overall and per school, and how many
 * students are at each level of each indicator. Maps are ordered (tiers 1-3, schools by id) so
 * reports and JSON are stable.
 *
 * @param students number of students screened
 * @param tiers students per tier number
 * @param tiersBySchool students per tier number, per school id
 * @param indicators per domain id, students per level id plus {@code not_evaluated}
 * @param flags students per context flag id
 */
public record ScreeningSummary(
    int students,
    Map<Integer, Integer> tiers,
    Map<String, Map<Integer, Integer>> tiersBySchool,
    Map<String, Map<String, Integer>> indicators,
    Map<String, Integer> flags) {

  /** The key under which {@link #indicators()} counts students whose domain was not evaluated. */
  public static final String NOT_EVALUATED = "not_evaluated";

  /** Counts screened students one at a time, in any order. Not thread-safe. */
  static final class Counter {
    private int students;
    private final Map<Integer, Integer> tiers = emptyTierCounts();
    private final Map<String, Map<Integer, Integer>> bySchool = new TreeMap<>();
    private final Map<String, Map<String, Integer>> indicators = new LinkedHashMap<>();
    private final Map<String, Integer> flags = new LinkedHashMap<>();

    Counter() {
      for (Domain domain : Domain.values()) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Level level : Level.values()) {
          levels.put(level.id(), 0);
        }
        levels.put(NOT_EVALUATED, 0);
        indicators.put(domain.id(), levels);
      }
      for (ContextFlag flag : ContextFlag.values()) {
        flags.put(flag.id(), 0);
      }
    }

    /** Counts one student, by the tier the student is placed in. */
    void add(ScreenedStudent student) {
      students++;
      int tier = student.tier().number();
      tiers.merge(tier, 1, Integer::sum);
      bySchool.computeIfAbsent(student.schoolId(), s -> emptyTierCounts())
          .merge(tier, 1, Integer::sum);
      for (Domain domain : Domain.values()) {
        Level level = student.level(domain);
        indicators.get(domain.id()).merge(level == null ? NOT_EVALUATED : level.id(), 1,
            Integer::sum);
      }
      for (ContextFlag flag : ContextFlag.values()) {
        if (student.raised(flag)) {
          flags.merge(flag.id(), 1, Integer::sum);
        }
      }
    }

    ScreeningSummary summary() {
      return new ScreeningSummary(students, tiers, bySchool, indicators, flags);
    }
  }

  private static Map<Integer, Integer> emptyTierCounts() {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (Tier tier : Tier.values()) {
      counts.put(tier.number(), 0);
    }
    return counts;
  }

  /** Returns {@code count} as a percentage of all students, 0 when there are none. */
  public double percent(int count) {
    return students == 0 ? 0 : 100.0 * count / students;
  }
}
