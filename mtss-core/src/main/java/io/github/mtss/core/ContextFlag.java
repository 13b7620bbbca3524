package io.github.mtss.core;

import java.util.Locale;

/**
 * A fact about a student's situation that research links to dropout risk but that never sets a
 * tier on its own: it is reported with the decision, and rules may use it.
 */
public enum ContextFlag {
  /** Retained in grade at least once (NHSC/AIR early warning tool). */
  RETAINED,
  /** Changed school at least {@link Policy#mobilitySchoolMoves()} times this year. */
  MOBILITY,
  /** In the first year of high school, the transition year (Chicago Freshman On-Track). */
  FIRST_YEAR_HIGH_SCHOOL;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code first_year_high_school}. */
  public String id() {
    return id;
  }
}
