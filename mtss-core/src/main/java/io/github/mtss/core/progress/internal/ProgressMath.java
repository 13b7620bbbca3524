package io.github.mtss.core.progress.internal;

import io.github.mtss.core.progress.Plan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The arithmetic of progress monitoring: aimlines, least-squares slopes and runs of points. */
public final class ProgressMath {
  private static final double DAYS_PER_WEEK = 7.0;

  private ProgressMath() {}

  /** Returns the weeks from {@code from} to {@code to}. */
  public static double weeks(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_WEEK;
  }

  /** Returns the aimline's value on {@code day}: the straight line from baseline to target. */
  public static double aimline(Plan plan, LocalDate day) {
    return plan.baseline() + aimSlope(plan) * weeks(plan.start(), day);
  }

  /** Returns the aimline's slope in metric units per week. */
  public static double aimSlope(Plan plan) {
    return (plan.target() - plan.baseline()) / weeks(plan.start(), plan.targetDate());
  }

  /**
   * Returns the ordinary least-squares slope of {@code values} against {@code weeks}, or NaN when
   * fewer than two distinct weeks are given.
   */
  public static double slope(List<Double> weeks, List<Double> values) {
    int n = weeks.size();
    double meanX = weeks.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double meanY = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      double dx = weeks.get(i) - meanX;
      covariance += dx * (values.get(i) - meanY);
      variance += dx * dx;
    }
    return variance == 0 ? Double.NaN : covariance / variance;
  }
}
