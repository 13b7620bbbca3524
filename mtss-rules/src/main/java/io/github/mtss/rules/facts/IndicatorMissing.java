package io.github.mtss.rules.facts;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import org.immutables.value.Value;

/**
 * A rule's finding that a {@link Domain} could not be evaluated for a student because the values
 * it needs are unknown. The domain's level then stays {@link Level#NONE}, and the decision says it
 * was not evaluated.
 */
@Value.Immutable(builder = false)
public abstract class IndicatorMissing implements Finding {
  /** Returns the student the finding is about. */
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the domain that was not evaluated. */
  @Value.Parameter
  public abstract Domain domain();

  /** Returns a finding. */
  public static IndicatorMissing of(String studentId, Domain domain) {
    return ImmutableIndicatorMissing.of(studentId, domain);
  }
}
