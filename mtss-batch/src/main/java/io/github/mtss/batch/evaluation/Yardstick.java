package io.github.mtss.batch.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the logistic-regression yardstick was fitted and how well it ranks: a comparison for the
 * transparent rules, never an input to any tier.
 *
 * @param folds the cross-validation folds; every student is scored by the model fitted on the
 *     other folds
 * @param seed the seed that assigned students to folds
 * @param ridge the L2 penalty on the standardised coefficients
 * @param features the model's inputs: the students.csv indicator columns and a missing-value
 *     indicator for each column with missing values
 * @param auc the area under the ROC curve of the out-of-fold scores; null when every student or
 *     none has the outcome
 * @param tierAuc the same area for the tier itself (1, 2, 3) taken as a score, for comparison
 */
public record Yardstick(int folds, long seed, double ridge, List<String> features,
    @Nullable Double auc, @Nullable Double tierAuc) {
  /** Copies the features. */
  public Yardstick {
    features = List.copyOf(features);
  }
}
