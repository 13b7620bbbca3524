package io.github.mtss.core;

import java.util.Locale;

/**
 * Why a need was left without a service: no service of its category exists, every fitting
 * service is full, or the services of its category do not fit the student on one criterion. The
 * criteria are listed in the order used to explain a need none of whose services fit.
 */
public enum UnmetCause {
  /** No partner offers a service of this category. */
  NO_SERVICE,
  /** Services fit, but their seats went to needs of higher priority. */
  CAPACITY,
  /** No service of the category runs at the student's school. */
  SCHOOL,
  /** No service of the category serves the student's grade. */
  GRADE,
  /** No service of the category serves the student's tier. */
  TIER,
  /** No family-facing service offers the family's language or interpretation. */
  LANGUAGE,
  /** No family-facing service runs when the family is available. */
  SCHEDULE;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files, e.g. {@code no_service}. */
  public String id() {
    return id;
  }
}
