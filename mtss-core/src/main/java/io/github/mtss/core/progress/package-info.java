/**
 * Interventions and progress monitoring: a {@link io.github.mtss.core.progress.Plan} sets a goal
 * for one student, {@link io.github.mtss.core.progress.ProgressPoint}s measure it, and
 * {@link io.github.mtss.core.progress.PlanReview} computes what the decision rules read (the
 * aimline, the points below or above it, the trend of the latest points, weeks elapsed). The
 * rules then choose a {@link io.github.mtss.core.progress.ProgressOutcome}, given with its
 * reasons as a {@link io.github.mtss.core.progress.PlanDecision}; when rules disagree,
 * {@link io.github.mtss.core.progress.ProgressOutcome#precedence()} decides.
 */
@ValueStyle
@NullMarked
package io.github.mtss.core.progress;

import io.github.mtss.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
