package io.github.mtss.core;

import java.util.Locale;

/**
 * An early-warning indicator domain, the "ABC" of dropout research: attendance, behavior and
 * coursework (course grades in grades 6-12, universal screener percentiles in K-5).
 */
public enum Domain {
  ATTENDANCE, BEHAVIOR, COURSEWORK;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files and column names, e.g. {@code attendance}. */
  public String id() {
    return id;
  }
}
