package io.github.mtss.core.evaluation;

/**
 * A proportion measured on a group of students with its confidence interval, e.g. a recall of
 * 0.62 from 0.48 to 0.74.
 *
 * @param value the proportion measured, from 0 to 1
 * @param low the interval's lower end
 * @param high the interval's upper end
 */
public record Estimate(double value, double low, double high) {
  /** Checks that {@code low <= value <= high}, all from 0 to 1. */
  public Estimate {
    if (!(0 <= low && low <= value && value <= high && high <= 1)) {
      throw new IllegalArgumentException("an estimate needs 0 <= low <= value <= high <= 1, was "
          + low + ", " + value + ", " + high);
    }
  }
}
