package io.github.mtss.core.evaluation;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.NullMarked;

/**
 * Compares a change (in tier, in an indicator level) of students who were served with that of
 * students in the same stratum (for example the same need, tier and school) who were not, and
 * gives the difference of the means with a Welch confidence interval.
 *
 * <p>Only strata that hold both served and comparison students count. The comparison mean is
 * weighted to the served students' strata (each stratum's comparison mean weighs as many served
 * students as it has), so a school or tier with more comparison students does not outweigh the
 * served ones. The variance of each group is pooled within strata, and the interval is Welch's
 * for two means with those variances: served variance / served count plus comparison variance
 * / effective comparison count, with Welch-Satterthwaite degrees of freedom. With a single
 * stratum this is the textbook Welch interval. Values are added one at a time; an instance is
 * not safe for use by several threads at once.
 */
@NullMarked
public final class MatchedComparison {
  private final Map<String, Group[]> strata = new TreeMap<>();

  /** Adds the change of a served student in {@code stratum}; NaN values are not counted. */
  public MatchedComparison served(String stratum, double change) {
    return add(stratum, 0, change);
  }

  /** Adds the change of a comparison student in {@code stratum}; NaN values are not counted. */
  public MatchedComparison comparison(String stratum, double change) {
    return add(stratum, 1, change);
  }

  private MatchedComparison add(String stratum, int group, double change) {
    if (!Double.isNaN(change)) {
      strata.computeIfAbsent(stratum, s -> new Group[] {new Group(), new Group()})[group]
          .add(change);
    }
    return this;
  }

  /** Returns the difference of the means with its interval at {@code confidence} (0.5-1). */
  public MeanDifference difference(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " must be between 0 and 1");
    }
    int served = 0;
    int unmatched = 0;
    int comparison = 0;
    int used = 0;
    for (Group[] stratum : strata.values()) {
      if (stratum[1].count == 0) {
        unmatched += stratum[0].count;
      } else if (stratum[0].count > 0) {
        served += stratum[0].count;
        comparison += stratum[1].count;
        used++;
      }
    }
    double servedSum = 0;
    double weightedComparison = 0;
    double servedSquares = 0;
    double comparisonSquares = 0;
    double inverseEffective = 0;
    for (Group[] stratum : strata.values()) {
      if (stratum[0].count > 0 && stratum[1].count > 0) {
        double weight = (double) stratum[0].count / served;
        servedSum += stratum[0].count * stratum[0].mean;
        weightedComparison += weight * stratum[1].mean;
        servedSquares += stratum[0].squares;
        comparisonSquares += stratum[1].squares;
        inverseEffective += weight * weight / stratum[1].count;
      }
    }
    MeanDifference.Builder result = MeanDifference.builder().servedCount(served)
        .unmatchedServedCount(unmatched).comparisonCount(comparison).strata(used)
        .effectiveComparisonCount(used == 0 ? 0 : 1 / inverseEffective)
        .servedMean(used == 0 ? Double.NaN : servedSum / served)
        .comparisonMean(used == 0 ? Double.NaN : weightedComparison).confidence(confidence)
        .degreesOfFreedom(Double.NaN);
    int servedDf = served - used;
    int comparisonDf = comparison - used;
    if (used == 0 || servedDf < 1 || comparisonDf < 1) {
      return result.build();
    }
    double a = servedSquares / servedDf / served;
    double b = comparisonSquares / comparisonDf * inverseEffective;
    double difference = servedSum / served - weightedComparison;
    if (a + b == 0) {
      return result.low(difference).high(difference)
          .degreesOfFreedom(servedDf + comparisonDf).build();
    }
    double df = (a + b) * (a + b) / (a * a / servedDf + b * b / comparisonDf);
    double half = StudentT.quantile((1 + confidence) / 2, df) * Math.sqrt(a + b);
    return result.low(difference - half).high(difference + half).degreesOfFreedom(df).build();
  }

  /** One group of one stratum: count, mean and sum of squared deviations (Welford). */
  private static final class Group {
    int count;
    double mean;
    double squares;

    void add(double value) {
      count++;
      double delta = value - mean;
      mean += delta / count;
      squares += delta * (value - mean);
    }
  }
}
