package io.github.mtss.core.evaluation;

/**
 * Student's t distribution: its distribution function through the regularised incomplete beta
 * function (continued fraction, as in Numerical Recipes 6.4) and its quantile by bisection, for
 * any real number of degrees of freedom (Welch's are rarely whole).
 */
final class StudentT {
  private static final int MAX_TERMS = 300;
  private static final double EPSILON = 1e-14;

  private StudentT() {}

  /** Returns the {@code p} quantile (0.5 &lt; p &lt; 1) for {@code df} degrees of freedom. */
  static double quantile(double p, double df) {
    if (!(p > 0.5 && p < 1) || !(df > 0)) {
      throw new IllegalArgumentException("quantile " + p + " with " + df + " degrees of freedom");
    }
    double low = 0;
    double high = 1;
    while (cdf(high, df) < p) {
      high *= 2;
    }
    for (int i = 0; i < 200 && high - low > 1e-12 * high; i++) {
      double middle = (low + high) / 2;
      if (cdf(middle, df) < p) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return (low + high) / 2;
  }

  /** Returns P(T &le; t) for {@code t} &ge; 0. */
  static double cdf(double t, double df) {
    return 1 - 0.5 * regularisedBeta(df / (df + t * t), df / 2, 0.5);
  }

  private static double regularisedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x)
        + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? front * continuedFraction(x, a, b) / a
        : 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    double c = 1;
    double d = nonZero(1 - (a + b) * x / (a + 1));
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_TERMS; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      h *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }

  private static double nonZero(double value) {
    return Math.abs(value) < 1e-300 ? 1e-300 : value;
  }

  /** Returns ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 7, nine terms). */
  static double logGamma(double x) {
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    double sum = c[0];
    for (int i = 1; i < c.length; i++) {
      sum += c[i] / (x - 1 + i);
    }
    double t = x - 1 + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x - 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
