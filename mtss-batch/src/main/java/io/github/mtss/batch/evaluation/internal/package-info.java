/**
 * How an evaluation is done: {@code EvaluationRun} (join, screen, measure), {@code Joined} (the
 * students with an outcome, in id order), {@code TierScreens} (each policy screened once, its
 * tiers kept), {@code Scopes} (the rows of every scope), {@code Folds} (seeded fold assignment),
 * {@code LogisticYardstick} and {@code Features} (the cross-validated model and its inputs),
 * {@code CalibrationSearch} (coordinate search over the grid), {@code PolicyYaml} (candidate
 * policies through the policy file checks, and the file written) and the writers
 * {@code EvaluationJson} and {@code EvaluationCsv}.
 */
@NullMarked
package io.github.mtss.batch.evaluation.internal;

import org.jspecify.annotations.NullMarked;
