package io.github.mtss.rules.facts;

import io.github.mtss.core.Need;
import io.github.mtss.core.UnmetCause;
import org.immutables.value.Value;

/**
 * An eligibility rule's finding that a service of the right category does not fit a student's
 * need, and on which criterion. A service fits when no rule finds a misfit.
 */
@Value.Immutable(builder = false)
public abstract class ServiceMisfit implements Finding {
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the need. */
  @Value.Parameter
  public abstract Need need();

  /** Returns the service that does not fit. */
  @Value.Parameter
  public abstract String serviceId();

  /** Returns the criterion it fails. */
  @Value.Parameter
  public abstract UnmetCause cause();

  /** Returns a finding. */
  public static ServiceMisfit of(String studentId, Need need, String serviceId, UnmetCause cause) {
    return ImmutableServiceMisfit.of(studentId, need, serviceId, cause);
  }
}
