package io.github.mtss.core.progress;

import io.github.mtss.core.Tier;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A student's intervention plan (Ed-Fi StudentInterventionAssociation with a goal): who owns it,
 * when it started and is reviewed, and the goal: a metric going from a baseline at the start to
 * a target by the target date. The straight line between those two points is the aimline. A goal
 * may go down (fewer incidents): "below the aimline" always means worse than planned.
 */
@Value.Immutable
public abstract class Plan {
  /** Returns the plan's identifier. */
  public abstract String id();

  /** Returns the student. */
  public abstract String studentId();

  /** Returns the intervention from the catalogue. */
  public abstract String interventionId();

  /** Returns the person responsible (the plan's champion). */
  public abstract String owner();

  /** Returns the tier the plan is delivered in. */
  public abstract Tier tier();

  /** Returns the first day of the plan. */
  public abstract LocalDate start();

  /** Returns the day the plan is due for review. */
  public abstract LocalDate reviewDate();

  /** Returns the goal's metric, e.g. {@code words correct per minute}. */
  public abstract String metric();

  /** Returns the metric's value at the start. */
  public abstract double baseline();

  /** Returns the value to reach by the target date. */
  public abstract double target();

  /** Returns the day the target should be reached. */
  public abstract LocalDate targetDate();

  /** Returns whether the goal is to increase the metric (otherwise to decrease it). */
  public boolean goalRises() {
    return target() >= baseline();
  }

  @Value.Check
  void check() {
    if (!targetDate().isAfter(start())) {
      throw new IllegalStateException("plan " + id() + ": target date " + targetDate()
          + " must be after the start " + start());
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Plan} values; see {@link #builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {}
}
