package io.github.mtss.core;

import java.util.Locale;

/**
 * A time window in which a family can take part, or in which a service runs: weekday daytime,
 * evenings, weekends, or virtually.
 */
public enum Availability {
  WEEKDAY, EVENING, WEEKEND, VIRTUAL;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code weekday}. */
  public String id() {
    return id;
  }

  /**
   * Parses an identifier such as {@code evening}, ignoring case.
   *
   * @throws IllegalArgumentException listing the accepted identifiers
   */
  public static Availability parse(String text) {
    return Identifiers.parse(Availability.class, text, "time window");
  }
}
