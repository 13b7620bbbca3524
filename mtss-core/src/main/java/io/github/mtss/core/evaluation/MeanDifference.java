package io.github.mtss.core.evaluation;

import io.github.mtss.core.internal.ValueStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The difference between the mean change of students who were served and that of comparable
 * students who were not, with its confidence interval: what {@link MatchedComparison} gives.
 * It describes what went with being served; it is not an estimate of what the service caused,
 * as students are not assigned at random.
 */
@Value.Immutable
@ValueStyle
@NullMarked
public abstract class MeanDifference {
  /** Returns the served students counted: those with a comparison student in their stratum. */
  public abstract int servedCount();

  /** Returns the served students left out, as no comparison student shares their stratum. */
  public abstract int unmatchedServedCount();

  /** Returns the comparison students counted: those in a stratum with a served student. */
  public abstract int comparisonCount();

  /**
   * Returns the comparison group's effective size once it is weighted to the served students'
   * strata: the size of a simple random group with the same precision.
   */
  public abstract double effectiveComparisonCount();

  /** Returns the strata that hold both served and comparison students. */
  public abstract int strata();

  /** Returns the served students' mean change; NaN when none is counted. */
  public abstract double servedMean();

  /** Returns the comparison students' mean change, weighted to the served students' strata. */
  public abstract double comparisonMean();

  /** Returns the confidence of the interval, e.g. 0.95. */
  public abstract double confidence();

  /** Returns the lower end of the interval, or null when there are too few students for one. */
  public abstract @Nullable Double low();

  /** Returns the upper end of the interval, or null when there are too few students for one. */
  public abstract @Nullable Double high();

  /** Returns the Welch-Satterthwaite degrees of freedom of the interval; NaN without one. */
  public abstract double degreesOfFreedom();

  /** Returns served mean minus comparison mean; NaN when no served student is counted. */
  public double difference() {
    return servedMean() - comparisonMean();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MeanDifference} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableMeanDifference.Builder {}
}
