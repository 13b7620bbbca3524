package io.github.mtss.rules.facts;

import io.github.mtss.core.progress.PlanReview;
import io.github.mtss.core.progress.ProgressOutcome;
import org.immutables.value.Value;

/** A progress rule's conclusion about a plan. */
@Value.Immutable(builder = false)
public abstract class ProgressDecision implements Finding {
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the plan. */
  @Value.Parameter
  public abstract String planId();

  /** Returns the decision. */
  @Value.Parameter
  public abstract ProgressOutcome outcome();

  /** Returns a conclusion. */
  public static ProgressDecision of(PlanReview review, ProgressOutcome outcome) {
    return ImmutableProgressDecision.of(review.studentId(), review.plan().id(), outcome);
  }
}
