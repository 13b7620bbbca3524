package io.github.mtss.rules.facts;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A rule's finding that a student is at a {@link Level} in a {@link Domain}. Rules insert one per
 * cut-point crossed; a domain's level is the highest level found for it, {@link Level#NONE} when
 * none is. A finding may name the measure behind it (the default screener rules insert one per
 * measure, {@code reading_screener} and {@code math_screener}), so that need rules can tell a
 * reading need from a math need.
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

  /** Returns the measure behind the finding, such as {@code reading_screener}; null if unnamed. */
  @Value.Parameter
  public abstract @Nullable String measure();

  /** Returns a finding that names no measure. */
  public static IndicatorLevel of(String studentId, Domain domain, Level level) {
    return ImmutableIndicatorLevel.of(studentId, domain, level, null);
  }

  /** Returns a finding about one measure, such as {@code reading_screener}. */
  public static IndicatorLevel of(String studentId, Domain domain, Level level, String measure) {
    return ImmutableIndicatorLevel.of(studentId, domain, level, measure);
  }
}
