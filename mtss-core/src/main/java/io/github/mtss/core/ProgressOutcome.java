package io.github.mtss.core;

import java.util.Locale;

/** What a progress review decides for a plan (NCRTI data-based decision making). */
public enum ProgressOutcome {
  /** Too little time or too few points to decide; keep collecting data. */
  TOO_EARLY,
  /** Progress follows the aimline; keep the plan. */
  CONTINUE,
  /** Progress falls short; intensify the intervention or change it. */
  INTENSIFY,
  /** Progress beats the aimline; raise the goal, or fade the support. */
  RAISE_GOAL,
  /** The goal is met; move the student to a less intensive tier. */
  EXIT_TO_LOWER_TIER,
  /** Low level and low growth (dual discrepancy); refer to a more intensive tier. */
  REFER_TO_HIGHER_TIER;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code raise_goal}. */
  public String id() {
    return id;
  }
}
