package io.github.mtss.examples.screening;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierPlacement;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** Counts the decisions, by the tier each student is placed in ({@code placements[i]} places
   * {@code decisions[i]}). */
  public static ScreeningSummary of(List<TierDecision> decisions,
      List<TierPlacement> placements) {
    Map<Integer, Integer> tiers = emptyTierCounts();
    Map<String, Map<Integer, Integer>> bySchool = new TreeMap<>();
    Map<String, Map<String, Integer>> indicators = new LinkedHashMap<>();
    for (Domain domain : Domain.values()) {
      Map<String, Integer> levels = new LinkedHashMap<>();
      for (Level level : Level.values()) {
        levels.put(level.id(), 0);
      }
      levels.put(NOT_EVALUATED, 0);
      indicators.put(domain.id(), levels);
    }
    Map<String, Integer> flags = new LinkedHashMap<>();
    for (ContextFlag flag : ContextFlag.values()) {
      flags.put(flag.id(), 0);
    }
    for (int i = 0; i < decisions.size(); i++) {
      TierDecision decision = decisions.get(i);
      int tier = placements.get(i).tier().number();
      tiers.merge(tier, 1, Integer::sum);
      bySchool.computeIfAbsent(decision.schoolId(), s -> emptyTierCounts())
          .merge(tier, 1, Integer::sum);
      for (Domain domain : Domain.values()) {
        String key = decision.notEvaluated().contains(domain)
            ? NOT_EVALUATED : decision.level(domain).id();
        indicators.get(domain.id()).merge(key, 1, Integer::sum);
      }
      decision.flags().forEach(flag -> flags.merge(flag.id(), 1, Integer::sum));
    }
    return new ScreeningSummary(decisions.size(), tiers, bySchool, indicators, flags);
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
