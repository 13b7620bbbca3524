package io.github.mtss.core;

import java.util.Locale;

/** Who a service is for: the student, the family, or both. */
public enum Audience {
  STUDENT, FAMILY, BOTH;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code family}. */
  public String id() {
    return id;
  }

  /** Returns whether the family takes part, so the family's language and hours matter. */
  public boolean involvesFamily() {
    return this != STUDENT;
  }

  /**
   * Parses an identifier such as {@code both}, ignoring case.
   *
   * @throws IllegalArgumentException listing the accepted identifiers
   */
  public static Audience parse(String text) {
    return Identifiers.parse(Audience.class, text, "audience");
  }
}
