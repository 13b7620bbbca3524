package io.github.mtss.core.progress;

import io.github.mtss.core.Tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers of a plan review against hand-computed values. */
class PlanReviewTest {
  static final LocalDate START = LocalDate.of(2026, 9, 7);

  /** Baseline 20, target 50 in 15 weeks: the aimline rises 2 per week. */
  static Plan reading(Tier tier) {
    return Plan.builder().id("p1").studentId("s1").interventionId("rp").owner("Ms. Ortiz")
        .tier(tier).start(START).reviewDate(START.plusWeeks(8)).metric("words correct per minute")
        .baseline(20).target(50).targetDate(START.plusWeeks(15)).build();
  }

  static List<ProgressPoint> weekly(double... values) {
    List<ProgressPoint> points = new ArrayList<>();
    for (int week = 1; week <= values.length; week++) {
      points.add(ProgressPoint.of("p1", START.plusWeeks(week), values[week - 1]));
    }
    return points;
  }

  @Test
  void slopeIsTheLeastSquaresSlopeOfTheLatestPoints() {
    // weeks 1..4, values 22, 25, 25, 30: mean x 2.5, mean y 25.5,
    // sum dx*dy = (-1.5)(-3.5)+(-0.5)(-0.5)+(0.5)(-0.5)+(1.5)(4.5) = 12, sum dx^2 = 5 -> 2.4
    PlanReview review = PlanReview.of(reading(Tier.TIER_2), weekly(22, 25, 25, 30),
        START.plusWeeks(4), 8);
    assertThat(review.slope()).isCloseTo(2.4, within(1e-9));
    assertThat(review.aimSlope()).isCloseTo(2.0, within(1e-9));
    assertThat(review.growthRatio()).isCloseTo(1.2, within(1e-9));
    assertThat(review.weeksElapsed()).isEqualTo(4.0);
  }

  @Test
  void onlyTheLatestTrendPointsMakeTheTrend() {
    // the first two points are far off; the last three lie on a line of slope 1
    PlanReview review = PlanReview.of(reading(Tier.TIER_2), weekly(90, 0, 24, 25, 26),
        START.plusWeeks(5), 3);
    assertThat(review.trendPoints()).isEqualTo(3);
    assertThat(review.slope()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void runsCountTheLatestPointsOnOneSideOfTheAimline() {
    // aimline at weeks 1..5: 22, 24, 26, 28, 30
    PlanReview review = PlanReview.of(reading(Tier.TIER_2), weekly(25, 23, 25, 27, 29),
        START.plusWeeks(5), 8);
    assertThat(review.consecutiveBelow()).isEqualTo(4);
    assertThat(review.consecutiveAbove()).isZero();
    assertThat(review.belowAimline()).isTrue();
    assertThat(PlanReview.of(reading(Tier.TIER_2), weekly(23, 25, 27, 29, 30),
        START.plusWeeks(5), 8).consecutiveAbove()).as("on the aimline breaks a run").isZero();
  }

  @Test
  void pointsInAnyOrderGiveTheSameReviewAndLaterOrEarlierPointsAreIgnored() {
    List<ProgressPoint> points = new ArrayList<>(weekly(22, 25, 25, 30, 31));
    points.add(ProgressPoint.of("p1", START.minusDays(1), 99));
    points.add(ProgressPoint.of("other", START.plusWeeks(2), 99));
    List<ProgressPoint> shuffled = new ArrayList<>(points);
    Collections.reverse(shuffled);

    PlanReview review = PlanReview.of(reading(Tier.TIER_2), points, START.plusWeeks(4), 8);
    assertThat(PlanReview.of(reading(Tier.TIER_2), shuffled, START.plusWeeks(4), 8))
        .isEqualTo(review);
    assertThat(review.points()).isEqualTo(4);
  }

  @Test
  void aFallingGoalCountsBelowAsWorseThanPlanned() {
    Plan fewerIncidents = Plan.builder().from(reading(Tier.TIER_2)).baseline(10).target(0)
        .build();
    // aimline falls 2/3 per week; more incidents than planned is "below"
    PlanReview review = PlanReview.of(fewerIncidents, weekly(10, 10, 10, 10),
        START.plusWeeks(4), 8);
    assertThat(review.consecutiveBelow()).isEqualTo(4);
    assertThat(review.rateOfImprovement()).isZero();
  }
}
