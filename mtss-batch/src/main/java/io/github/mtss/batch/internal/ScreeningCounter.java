package io.github.mtss.batch.internal;

import io.github.mtss.batch.ScreeningSummary;
import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts screened students one at a time, in any order, into a {@link ScreeningSummary}. Not
 * thread-safe.
 */
final class ScreeningCounter {
  private int students;
  private final Map<Integer, Integer> tiers = emptyTierCounts();
  private final Map<String, Map<Integer, Integer>> bySchool = new TreeMap<>();
  private final Map<String, Map<String, Integer>> indicators = new LinkedHashMap<>();
  private final Map<String, Integer> flags = new LinkedHashMap<>();

  ScreeningCounter() {
    for (Domain domain : Domain.values()) {
      Map<String, Integer> levels = new LinkedHashMap<>();
      for (Level level : Level.values()) {
        levels.put(level.id(), 0);
      }
      levels.put(ScreeningSummary.NOT_EVALUATED, 0);
      indicators.put(domain.id(), levels);
    }
    for (ContextFlag flag : ContextFlag.values()) {
      flags.put(flag.id(), 0);
    }
  }

  /** Counts one student, by the tier the student is placed in. */
  void add(StudentRecord student) {
    students++;
    int tier = student.tier().number();
    tiers.merge(tier, 1, Integer::sum);
    bySchool.computeIfAbsent(student.schoolId(), s -> emptyTierCounts())
        .merge(tier, 1, Integer::sum);
    for (Domain domain : Domain.values()) {
      Level level = student.level(domain);
      indicators.get(domain.id()).merge(
          level == null ? ScreeningSummary.NOT_EVALUATED : level.id(), 1, Integer::sum);
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

  private static Map<Integer, Integer> emptyTierCounts() {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (Tier tier : Tier.values()) {
      counts.put(tier.number(), 0);
    }
    return counts;
  }
}
