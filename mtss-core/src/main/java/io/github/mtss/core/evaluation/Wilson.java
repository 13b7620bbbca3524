package io.github.mtss.core.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * The Wilson score interval of a proportion (Wilson 1927; recommended over the plain normal
 * interval by Brown, Cai and DasGupta 2001 because it stays inside 0..1 and keeps its coverage
 * for small groups and proportions near 0 or 1, which subgroups of a district often are).
 */
public final class Wilson {
  /** The standard normal quantile of a two-sided 95 % interval, 1.959964. */
  public static final double Z_95 = 1.959963984540054;

  private Wilson() {}

  /**
   * Returns {@code successes / trials} with its Wilson interval for the normal quantile
   * {@code z}, or {@code null} when there are no trials (the proportion is undefined).
   *
   * @throws IllegalArgumentException when the counts are negative or successes exceed trials
   */
  public static @Nullable Estimate interval(long successes, long trials, double z) {
    if (successes < 0 || successes > trials || !(z > 0)) {
      throw new IllegalArgumentException("need 0 <= successes <= trials and z > 0, was "
          + successes + " of " + trials + ", z " + z);
    }
    if (trials == 0) {
      return null;
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double low = successes == 0 ? 0 : Math.min(p, Math.max(0, centre - half));
    double high = successes == trials ? 1 : Math.max(p, Math.min(1, centre + half));
    return new Estimate(p, low, high);
  }
}
