package io.github.mtss.core;

import java.util.Locale;

/**
 * A category of need that a student or family may have and that a school program or a community
 * partner's service may meet. The identifiers ({@link #id()}) are the ones used in files.
 *
 * <p>Needs are recorded by staff or a family, or derived from indicators by rules.
 */
public enum Need {
  ATTENDANCE, BEHAVIOR, READING, MATH, COURSEWORK, MENTORING, MENTAL_HEALTH, SUBSTANCE_USE, HEALTH,
  VISION, DENTAL, FOOD, HOUSING, CLOTHING, CHILD_CARE, PREGNANCY, PARENTING, TRANSPORTATION,
  RECREATION, CAREER, TRANSITION, EMERGENCY;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code mental_health}. */
  public String id() {
    return id;
  }

  /**
   * Parses a need identifier such as {@code mental_health}, ignoring case.
   *
   * @throws IllegalArgumentException listing the accepted identifiers
   */
  public static Need parse(String text) {
    return Identifiers.parse(Need.class, text, "need category");
  }
}
