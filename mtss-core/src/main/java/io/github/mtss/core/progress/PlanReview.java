package io.github.mtss.core.progress;

import io.github.mtss.core.Tier;
import io.github.mtss.core.progress.internal.ProgressMath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * The numbers a progress review decides on, computed from a plan and its points as of a day; the
 * progress rules compare them with the policy. Points after the review day or before the plan's
 * start are ignored; points are ordered by date whatever their order in a file. "Below" and
 * "above" are relative to the goal's direction, so below always means worse than planned.
 */
@Value.Immutable
public abstract class PlanReview {
  /** Returns the plan. */
  public abstract Plan plan();

  /** Returns the student the plan is for. */
  public String studentId() {
    return plan().studentId();
  }

  /** Returns the day of the review. */
  public abstract LocalDate asOf();

  /** Returns the weeks since the plan started. */
  public abstract double weeksElapsed();

  /** Returns how many points were measured. */
  public abstract int points();

  /** Returns how many of the latest points the trend line uses. */
  public abstract int trendPoints();

  /** Returns the latest measured value, NaN when there is none. */
  public abstract double latestValue();

  /** Returns the least-squares slope per week of the trend points, NaN with fewer than two. */
  public abstract double slope();

  /** Returns the aimline's slope per week. */
  public abstract double aimSlope();

  /** Returns how many of the latest points in a row lie below the aimline. */
  public abstract int consecutiveBelow();

  /** Returns how many of the latest points in a row lie above the aimline. */
  public abstract int consecutiveAbove();

  /** Returns whether the latest point lies below the aimline. */
  public abstract boolean belowAimline();

  /** Returns whether the latest point reaches the target. */
  public abstract boolean goalMet();

  /** Returns the tier the plan is delivered in. */
  public Tier tier() {
    return plan().tier();
  }

  /** Returns whether the review day is on or after the plan's review date. */
  public boolean reviewDue() {
    return !plan().reviewDate().isAfter(asOf());
  }

  /**
   * Returns the trend's growth as a share of the planned growth (1 = on the aimline), in the
   * goal's direction; 1 when the goal is flat and the trend does not worsen, NaN without a trend.
   */
  public double growthRatio() {
    if (Double.isNaN(slope())) {
      return Double.NaN;
    }
    if (aimSlope() == 0) {
      return slope() * direction() >= 0 ? 1 : 0;
    }
    return slope() / aimSlope();
  }

  /** Returns the rate of improvement per week in the goal's direction. */
  public double rateOfImprovement() {
    return slope() * direction();
  }

  /** Returns whether at least {@code minWeeks} weeks and {@code minPoints} points are in. */
  public boolean enoughData(int minWeeks, int minPoints) {
    return weeksElapsed() >= minWeeks && points() >= minPoints;
  }

  /** Returns whether a trend can be drawn from at least {@code minPoints} points. */
  public boolean hasTrend(int minPoints) {
    return points() >= minPoints && !Double.isNaN(slope());
  }

  /**
   * Returns whether level and growth are both low: the latest point below the aimline and the
   * growth ratio below {@code ratio}.
   */
  public boolean dualDiscrepancy(int minPoints, double ratio) {
    return hasTrend(minPoints) && belowAimline() && growthRatio() < ratio;
  }

  /**
   * Returns whether the trend is flatter than the aimline by more than {@code tolerance} while the
   * latest point is below the aimline (a student currently ahead of the plan is not failing it).
   */
  public boolean trendBelow(int minPoints, double tolerance) {
    return hasTrend(minPoints) && belowAimline() && growthRatio() < 1 - tolerance;
  }

  /**
   * Returns whether the trend is steeper than the aimline by more than {@code tolerance} while the
   * latest point is above the aimline.
   */
  public boolean trendAbove(int minPoints, double tolerance) {
    return hasTrend(minPoints) && consecutiveAbove() > 0 && growthRatio() > 1 + tolerance;
  }

  private double direction() {
    return plan().goalRises() ? 1 : -1;
  }

  /**
   * Computes the review of a plan as of a day.
   *
   * @param points the plan's points, in any order (points of other plans are ignored)
   * @param trendPoints how many of the latest points the trend line uses
   */
  public static PlanReview of(Plan plan, List<ProgressPoint> points, LocalDate asOf,
      int trendPoints) {
    List<ProgressPoint> used = new ArrayList<>();
    for (ProgressPoint point : points) {
      if (point.planId().equals(plan.id()) && !point.date().isAfter(asOf)
          && !point.date().isBefore(plan.start())) {
        used.add(point);
      }
    }
    used.sort(Comparator.comparing(ProgressPoint::date).thenComparingDouble(ProgressPoint::value));
    double direction = plan.goalRises() ? 1 : -1;
    int below = run(plan, used, -1, direction);
    int above = run(plan, used, 1, direction);
    List<ProgressPoint> trend = used.subList(Math.max(0, used.size() - trendPoints), used.size());
    ProgressPoint latest = used.isEmpty() ? null : used.get(used.size() - 1);
    return ImmutablePlanReview.builder()
        .plan(plan)
        .asOf(asOf)
        .weeksElapsed(ProgressMath.weeks(plan.start(), asOf))
        .points(used.size())
        .trendPoints(trend.size())
        .latestValue(latest == null ? Double.NaN : latest.value())
        .slope(ProgressMath.slope(
            trend.stream().map(p -> ProgressMath.weeks(plan.start(), p.date())).toList(),
            trend.stream().map(ProgressPoint::value).toList()))
        .aimSlope(ProgressMath.aimSlope(plan))
        .consecutiveBelow(below)
        .consecutiveAbove(above)
        .belowAimline(below > 0)
        .goalMet(latest != null && (latest.value() - plan.target()) * direction >= 0)
        .build();
  }

  /** Counts the latest points in a row on one side ({@code -1} below, {@code 1} above). */
  private static int run(Plan plan, List<ProgressPoint> points, int side, double direction) {
    int count = 0;
    for (int i = points.size() - 1; i >= 0; i--) {
      ProgressPoint p = points.get(i);
      double gap = (p.value() - ProgressMath.aimline(plan, p.date())) * direction;
      if (Math.signum(gap) != side) {
        break;
      }
      count++;
    }
    return count;
  }
}
