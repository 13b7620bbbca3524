package io.github.mtss.core.progress;

import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The outcome of reviewing one plan: the decision, the rules that led to it, and the numbers
 * behind it (the review).
 */
@Value.Immutable
public abstract class PlanDecision {
  /** Returns the review the decision rests on: the plan and its numbers. */
  public abstract PlanReview review();

  /** Returns the decision. */
  public abstract ProgressOutcome outcome();

  /** Returns the names of the rules that fired, sorted. */
  @Value.NaturalOrder
  public abstract SortedSet<String> reasons();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlanDecision} values; see {@link #builder()}. */
  public static final class Builder extends ImmutablePlanDecision.Builder {}
}
