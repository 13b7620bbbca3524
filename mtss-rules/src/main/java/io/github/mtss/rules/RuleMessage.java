package io.github.mtss.rules;

import org.immutables.value.Value;

/**
 * One problem found in a rule file: where it is and what is wrong. {@link #toString()} gives the
 * conventional {@code file:line:column: message} form that editors and CI logs link to.
 */
@Value.Immutable
public abstract class RuleMessage {
  /** Returns the rule file as given to the engine, e.g. {@code rules/attendance.drl}. */
  public abstract String file();

  /** Returns the 1-based line, or 0 when the problem has no line. */
  public abstract int line();

  /** Returns the 1-based column, or 0 when the problem has no column. */
  public abstract int column();

  /** Returns what is wrong. */
  public abstract String message();

  /** Returns a message; negative or unknown positions become 0. */
  public static RuleMessage of(String file, int line, int column, String message) {
    return builder().file(file).line(Math.max(0, line)).column(Math.max(0, column))
        .message(message).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleMessage} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableRuleMessage.Builder {}

  @Override
  public String toString() {
    return file() + ":" + line() + ":" + column() + ": " + message();
  }
}
