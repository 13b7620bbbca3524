package io.github.mtss.core;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Why an input value was refused: the column (or field) it came from, the value as written, and
 * a message saying what was expected.
 */
@Value.Immutable(builder = false)
public abstract class Problem {
  /** Returns the column or field name, e.g. {@code days_absent}. */
  @Value.Parameter
  public abstract String column();

  /** Returns the offending value as written, or {@code null} when it was missing. */
  @Value.Parameter
  public abstract @Nullable String value();

  /** Returns what is wrong and what was expected. */
  @Value.Parameter
  public abstract String message();

  /** Returns a problem. */
  public static Problem of(String column, @Nullable String value, String message) {
    return ImmutableProblem.of(column, value, message);
  }

  /** Returns the problem as one line, e.g. {@code gpa='4.5': must be between 0.0 and 4.0}. */
  @Override
  public String toString() {
    return column() + (value() == null ? "" : "='" + value() + "'") + ": " + message();
  }
}
