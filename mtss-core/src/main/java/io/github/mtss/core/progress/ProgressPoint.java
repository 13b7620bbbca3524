package io.github.mtss.core.progress;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One progress-monitoring measurement of a plan's goal metric. */
@Value.Immutable
public abstract class ProgressPoint {
  /** Returns the plan. */
  public abstract String planId();

  /** Returns the day of the measurement. */
  public abstract LocalDate date();

  /** Returns the measured value. */
  public abstract double value();

  /** Returns a point. */
  public static ProgressPoint of(String planId, LocalDate date, double value) {
    return ImmutableProgressPoint.builder().planId(planId).date(date).value(value).build();
  }
}
