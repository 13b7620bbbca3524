package io.github.mtss.core;

import java.util.Locale;

/**
 * How far a student is off track in one {@link Domain}: not at risk, at risk, or severe. Levels
 * are ordered, so {@code SEVERE.compareTo(RISK) > 0}.
 */
public enum Level {
  NONE, RISK, SEVERE;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used in files: {@code none}, {@code risk} or {@code severe}. */
  public String id() {
    return id;
  }

  /** Returns whether this level is at least {@code other}. */
  public boolean isAtLeast(Level other) {
    return compareTo(other) >= 0;
  }

  /** Returns the higher of two levels. */
  public static Level max(Level a, Level b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
