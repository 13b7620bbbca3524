package io.github.mtss.rules.facts;

import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import org.immutables.value.Value;

/**
 * A rule's finding that a student or family has a {@link Need}: recorded by staff or the family, or
 * derived from the indicators. The severity is the level of the indicator behind a derived need
 * ({@link Level#NONE} for a need only recorded); with the tier it sets the need's priority when
 * seats are allocated.
 */
@Value.Immutable(builder = false)
public abstract class NeedIdentified implements Finding {
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the need. */
  @Value.Parameter
  public abstract Need need();

  /** Returns how severe the indicator behind the need is. */
  @Value.Parameter
  public abstract Level severity();

  /** Returns a finding. */
  public static NeedIdentified of(String studentId, Need need, Level severity) {
    return ImmutableNeedIdentified.of(studentId, need, severity);
  }
}
