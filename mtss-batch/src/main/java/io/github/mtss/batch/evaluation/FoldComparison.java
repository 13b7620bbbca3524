package io.github.mtss.batch.evaluation;

import io.github.mtss.core.evaluation.ConfusionCounts;

/**
 * One line of a calibration's before/after table: the calibration flag's confusion table under
 * the policy given and under the policy the search proposed, on one set of students.
 *
 * @param fold the cross-validation fold, from 1; 0 for the search on every student, whose
 *     policy is the one written
 * @param set {@code training} (the students the search saw), {@code held_out} (the fold it did
 *     not see: an honest estimate of how the calibration does on new students) or {@code all}
 * @param before the table under the policy given
 * @param after the table under the proposed policy
 */
public record FoldComparison(int fold, String set, ConfusionCounts before,
    ConfusionCounts after) {}
