/**
 * Does the screening find the students who need help? An outcome backtest and a local
 * calibration of a district's policy.
 *
 * <ul>
 *   <li>{@link io.github.mtss.batch.evaluation.Evaluation} and its builder: the entry point,
 *       screening students and joining their {@link io.github.mtss.batch.evaluation.Outcome}s
 *       (read by {@link io.github.mtss.batch.evaluation.OutcomeCsv});
 *   <li>{@link io.github.mtss.batch.evaluation.EvaluationResult}: one
 *       {@link io.github.mtss.batch.evaluation.EvaluationRow} per scope, value and
 *       {@link io.github.mtss.batch.evaluation.Flag}, with a
 *       {@link io.github.mtss.batch.evaluation.Parity} for equity subgroups; the
 *       {@link io.github.mtss.batch.evaluation.Yardstick}; the ids left out of the join;
 *   <li>calibration: a {@link io.github.mtss.batch.evaluation.CalibrationTarget}, the
 *       {@link io.github.mtss.batch.evaluation.CalibrationGrid} of candidate cut-points, and
 *       the {@link io.github.mtss.batch.evaluation.Calibration} found with its
 *       {@link io.github.mtss.batch.evaluation.FoldComparison} table;
 *   <li>{@link io.github.mtss.batch.evaluation.EvaluationFiles}: evaluation.json,
 *       evaluation.csv, rejects.csv and calibrated-policy.yaml, all or none.
 * </ul>
 *
 * <p>The measures themselves are in {@code io.github.mtss.core.evaluation}; the run, the
 * yardstick and the search in the {@code internal} package.
 */
@NullMarked
package io.github.mtss.batch.evaluation;

import org.jspecify.annotations.NullMarked;
