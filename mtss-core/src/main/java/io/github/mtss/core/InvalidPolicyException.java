package io.github.mtss.core;

import java.util.List;

/**
 * Thrown when a policy is built with values outside their {@link Policy.Range} or values that
 * contradict each other. Each problem names the policy keys (snake_case) it concerns.
 */
public final class InvalidPolicyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates an exception for the given problems. */
  public InvalidPolicyException(List<String> problems) {
    super("inconsistent policy: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns each problem, e.g. {@code tier3_risk_domains must be from 1 to 3, was 99}. */
  public List<String> problems() {
    return problems;
  }
}
