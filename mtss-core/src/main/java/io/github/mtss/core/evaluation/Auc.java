package io.github.mtss.core.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The area under the ROC curve of a score: the probability that a student with the outcome
 * scores higher than one without (ties count one half), 1 for a perfect ranking and 0.5 for a
 * ranking no better than chance. Computed from the ranks (the Mann-Whitney statistic), in
 * {@code O(n log n)}.
 */
public final class Auc {
  private Auc() {}

  /**
   * Returns the AUC of {@code scores} against {@code outcomes} (same length), or {@code null}
   * when every student or none has the outcome.
   */
  public static @Nullable Double of(double[] scores, boolean[] outcomes) {
    if (scores.length != outcomes.length) {
      throw new IllegalArgumentException(scores.length + " scores for " + outcomes.length
          + " outcomes");
    }
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double positiveRanks = 0;
    long positives = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;   // mean 1-based rank of the tied run
      for (int k = i; k <= j; k++) {
        if (outcomes[order[k]]) {
          positiveRanks += rank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      return null;
    }
    return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
