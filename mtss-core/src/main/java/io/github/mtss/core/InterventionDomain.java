package io.github.mtss.core;

import java.util.Locale;

/** What an intervention works on (Ed-Fi intervention class, simplified). */
public enum InterventionDomain {
  ATTENDANCE, BEHAVIOR, READING, MATH, SOCIAL_EMOTIONAL, FAMILY, BASIC_NEEDS;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code social_emotional}. */
  public String id() {
    return id;
  }

  /**
   * Parses an identifier such as {@code reading}, ignoring case.
   *
   * @throws IllegalArgumentException listing the accepted identifiers
   */
  public static InterventionDomain parse(String text) {
    return Identifiers.parse(InterventionDomain.class, text, "intervention domain");
  }
}
