package io.github.mtss.core;

import java.util.Locale;

/** Where a student's tier came from: the screening rules, a person's override, or a running plan. */
public enum TierSource {
  /** The tier the screening rules decided. */
  RULES,
  /** A person's override in force ({@link TierOverride}). */
  OVERRIDE,
  /** The tier of an intervention plan still running, which the screen does not silently change. */
  ACTIVE_PLAN;

  /**
   * Parses an identifier such as {@code override}, ignoring case.
   *
   * @throws IllegalArgumentException listing the accepted identifiers
   */
  public static TierSource parse(String text) {
    return Identifiers.parse(TierSource.class, text, "tier source");
  }

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code active_plan}. */
  public String id() {
    return id;
  }
}
