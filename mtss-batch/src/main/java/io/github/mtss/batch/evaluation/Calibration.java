package io.github.mtss.batch.evaluation;

import io.github.mtss.core.Policy;
import java.util.List;

/**
 * The outcome of a calibration search: the proposed policy and how it compares with the policy
 * given, on training and held-out folds.
 *
 * @param target what the search aimed for
 * @param flag the flag whose recall and flagged share were searched
 * @param before the policy given
 * @param after the proposed policy (of the search on every student); it passes every check of
 *     {@link Policy}, so its file runs through {@code screen --policy}
 * @param policiesScreened distinct policies screened over all searches
 * @param policiesRefused candidate combinations skipped because they fail the policy's checks
 * @param table the before/after table: for each fold, its training and held-out sets, then the
 *     search on every student (fold 0)
 */
public record Calibration(CalibrationTarget target, Flag flag, Policy before, Policy after,
    int policiesScreened, int policiesRefused, List<FoldComparison> table) {
  /** Copies the table. */
  public Calibration {
    table = List.copyOf(table);
  }

  /** Returns the last line of the table: the proposed policy on every student. */
  public FoldComparison onEveryStudent() {
    return table.get(table.size() - 1);
  }

  /**
   * Returns whether the proposed policy meets the target on every student. It may not: when no
   * policy of the grid reaches the bound, the search proposes the one nearest to it.
   */
  public boolean targetMet() {
    return target.isMetBy(onEveryStudent().after());
  }
}
