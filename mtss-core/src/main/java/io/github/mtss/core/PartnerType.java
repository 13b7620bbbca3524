package io.github.mtss.core;

import java.util.Locale;

/**
 * The kinds of community partner a school works with (the partner types named by the Colorado
 * Department of Education's dropout-prevention guidance and Communities In Schools).
 */
public enum PartnerType {
  BUSINESS, COMMUNITY_BASED, POST_SECONDARY, WORKFORCE_CENTER, RELIGIOUS_CIVIC, LIBRARY,
  HEALTH_CARE, SOCIAL_SERVICES, PUBLIC_AGENCY, NEIGHBORHOOD_FAITH, UNION, VOLUNTEER;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code health_care}. */
  public String id() {
    return id;
  }

  /**
   * Parses an identifier such as {@code library}, ignoring case.
   *
   * @throws IllegalArgumentException listing the accepted identifiers
   */
  public static PartnerType parse(String text) {
    return Identifiers.parse(PartnerType.class, text, "partner type");
  }
}
