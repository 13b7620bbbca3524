package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.progress.ProgressOutcome;
import io.github.mtss.core.progress.ProgressPoint;
import io.github.mtss.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each progress decision rule at its boundary. The plan: baseline 20, target 50 in 15 weeks, so
 * the aimline is 20 + 2 x week; points are weekly from week 1; the review is after the last one.
 */
class ProgressRulesTest {
  static final LocalDate START = LocalDate.of(2026, 9, 7);
  private static MtssEngine engine;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  static Plan plan(Tier tier) {
    return Plan.builder().id("p1").studentId("s1").interventionId("rp").owner("Ms. Ortiz")
        .tier(tier).start(START).reviewDate(START.plusWeeks(8)).metric("wcpm")
        .baseline(20).target(50).targetDate(START.plusWeeks(15)).build();
  }

  static List<ProgressPoint> weekly(String values) {
    List<ProgressPoint> points = new ArrayList<>();
    String[] cells = values.split(" ");
    for (int week = 1; week <= cells.length; week++) {
      points.add(ProgressPoint.of("p1", START.plusWeeks(week), Double.parseDouble(cells[week - 1])));
    }
    return points;
  }

  static PlanDecision review(Tier tier, String values, int weeks) {
    return engine.review(List.of(plan(tier)), weekly(values), START.plusWeeks(weeks)).get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // aimline weeks 1..8: 22 24 26 28 30 32 34 36
      "5 weeks is too early              | 2 | 22 24 26 28 30             | 5 | TOO_EARLY",
      "6 weeks and 4 points decide       | 2 | 22 24 26 28 30 32          | 6 | CONTINUE",
      "3 points below is not yet a run   | 2 | 22 24 26 27.5 29.5 31.5    | 6 | CONTINUE",
      "4 points below -> intensify       | 2 | 22 24 25 27 29 31          | 6 | INTENSIFY",
      "4 points above -> raise goal      | 2 | 22 25 27 29 31 33          | 6 | RAISE_GOAL",
      "flat trend far below -> refer     | 2 | 22 22 22 22 23 22 22 22    | 8 | REFER_TO_HIGHER_TIER",
      "goal met in tier 2 -> exit        | 2 | 30 35 40 45 50 52          | 6 | EXIT_TO_LOWER_TIER",
      "goal met in tier 1 -> raise/fade  | 1 | 30 35 40 45 50 52          | 6 | RAISE_GOAL",
      "trend flatter, latest below       | 3 | 25 27 28 29 29 32 33 35    | 8 | INTENSIFY",
      "trend steeper, latest above       | 3 | 20 22 24 27 29 33 36 37    | 8 | RAISE_GOAL",
      "flatter trend but latest above    | 3 | 25 27 28 29 29 32 33 37    | 8 | CONTINUE"})
  void eachDecisionRuleAtItsBoundary(String description, int tier, String values, int weeks,
      ProgressOutcome outcome) {
    PlanDecision decision = review(Tier.of(tier), values, weeks);
    assertThat(decision.outcome()).as(decision.toString()).isEqualTo(outcome);
    assertThat(decision.reasons()).as("exactly one rule decides").hasSize(1);
  }

  @Test
  void reasonsNameTheRuleAndReviewDueFollowsTheReviewDate() {
    PlanDecision decision = review(Tier.TIER_2, "22 24 25 27 29 31", 6);
    assertThat(decision.reasons()).containsExactly("Four points below the aimline -> intensify");
    assertThat(decision.review().reviewDue()).isFalse();
    assertThat(review(Tier.TIER_2, "22 24 26 28 30 32 34 36", 8).review().reviewDue()).isTrue();
  }

  @Test
  void aPlanWithoutPointsIsTooEarly() {
    assertThat(engine.review(List.of(plan(Tier.TIER_3)), List.of(), START.plusWeeks(10))
        .get(0).outcome()).isEqualTo(ProgressOutcome.TOO_EARLY);
  }
}
