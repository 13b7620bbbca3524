package io.github.mtss.rules.facts;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import org.immutables.value.Value;

/**
 * A rule's finding that a student is at a {@link Level} in a {@link Domain}. Rules insert one per
 * cut-point crossed; a domain's level is the highest level found for it, {@link Level#NONE} when
 * none is.
 */
@Value.Immutable(builder = false)
public abstract class IndicatorLevel implements Finding {
  /** Returns the student the finding is about. */
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the domain. */
  @Value.Parameter
  public abstract Domain domain();

  /** Returns the level found. */
  @Value.Parameter
  public abstract Level level();

  /** Returns a finding. */
  public static IndicatorLevel of(String studentId, Domain domain, Level level) {
    return ImmutableIndicatorLevel.of(studentId, domain, level);
  }
}
