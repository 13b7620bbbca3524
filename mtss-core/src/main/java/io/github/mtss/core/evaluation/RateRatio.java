package io.github.mtss.core.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * A subgroup's rate (its recall, false-positive rate or precision) divided by the same rate of
 * the rest of the students, with a confidence interval on the log scale (the Katz interval of a
 * ratio of two independent proportions). Parity is a ratio of 1; {@link #excludesParity()} says
 * whether the interval lies wholly on one side of it, the error-rate imbalance worth a look.
 *
 * @param ratio the subgroup's rate over the rest's
 * @param low the interval's lower end
 * @param high the interval's upper end
 */
public record RateRatio(double ratio, double low, double high) {

  /**
   * Returns the ratio of {@code groupHits / groupTrials} to {@code restHits / restTrials}, or
   * {@code null} when it is undefined: either group has no trials, or either rate is 0 (a ratio
   * to or of nothing has no log-scale interval).
   */
  public static @Nullable RateRatio of(long groupHits, long groupTrials, long restHits,
      long restTrials, double z) {
    if (groupTrials == 0 || restTrials == 0 || groupHits == 0 || restHits == 0) {
      return null;
    }
    double ratio = ((double) groupHits / groupTrials) / ((double) restHits / restTrials);
    double se = Math.sqrt(1.0 / groupHits - 1.0 / groupTrials + 1.0 / restHits
        - 1.0 / restTrials);
    return new RateRatio(ratio, ratio * Math.exp(-z * se), ratio * Math.exp(z * se));
  }

  /** Returns whether the interval excludes 1, so the rates differ beyond chance. */
  public boolean excludesParity() {
    return low > 1 || high < 1;
  }
}
