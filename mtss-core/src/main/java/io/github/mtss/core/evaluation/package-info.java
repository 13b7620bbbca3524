/**
 * The arithmetic of checking early-warning flags against later outcomes, with no files and no
 * rules: {@link io.github.mtss.core.evaluation.ConfusionCounts} (how many students, outcomes,
 * flagged students and flagged students with the outcome) and the measures it gives (flagged
 * share, recall, precision, lift, specificity, false-positive rate), each an
 * {@link io.github.mtss.core.evaluation.Estimate} with its Wilson score interval
 * ({@link io.github.mtss.core.evaluation.Wilson}); {@link io.github.mtss.core.evaluation.RateRatio},
 * a subgroup's rate over the rest of the students with its log-scale interval and whether that
 * interval excludes parity; and {@link io.github.mtss.core.evaluation.Auc}, the area under the ROC
 * curve of a score. {@code mtss-batch}'s evaluation package runs these on a district.
 */
@NullMarked
package io.github.mtss.core.evaluation;

import org.jspecify.annotations.NullMarked;
