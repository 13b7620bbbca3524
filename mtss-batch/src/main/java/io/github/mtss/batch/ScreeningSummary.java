package io.github.mtss.batch;

import java.util.Map;

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

  /** Returns {@code count} as a percentage of all students, 0 when there are none. */
  public double percent(int count) {
    return students == 0 ? 0 : 100.0 * count / students;
  }
}
