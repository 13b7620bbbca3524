package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Tier;
import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.progress.ProgressOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district's progress rules added to the defaults may conclude otherwise about a plan; then the
 * outcome giving the student the most support wins (refer > intensify > exit > raise goal >
 * continue > too early), and both rules are the decision's reasons.
 */
class ProgressPrecedenceTest {
  private static MtssEngine district;

  @BeforeAll
  static void compile(@TempDir Path pack) throws IOException {
    Files.writeString(pack.resolve("progress.drl"), """
        package district.progress;
        import io.github.mtss.core.progress.PlanReview;
        import io.github.mtss.core.progress.ProgressOutcome;
        import io.github.mtss.rules.facts.ProgressDecision;

        rule "Goal met, still below grade level -> intensify"
            ruleflow-group "progress"
        when
            $r : PlanReview( goalMet )
        then
            insert( ProgressDecision.of( $r, ProgressOutcome.INTENSIFY ) );
        end

        rule "Four points below the aimline -> refer"
            ruleflow-group "progress"
        when
            $r : PlanReview( consecutiveBelow >= 4 )
        then
            insert( ProgressDecision.of( $r, ProgressOutcome.REFER_TO_HIGHER_TIER ) );
        end
        """);
    district = MtssEngine.builder().rulePack(pack).build();
  }

  private static PlanDecision review(String values, int weeks) {
    return district.review(List.of(ProgressRulesTest.plan(Tier.TIER_2)),
        ProgressRulesTest.weekly(values), ProgressRulesTest.START.plusWeeks(weeks)).get(0);
  }

  @Test
  void intensifyOnAGoalMetPlanBeatsExit() {
    PlanDecision decision = review("30 35 40 45 50 52", 6);

    assertThat(decision.outcome()).isEqualTo(ProgressOutcome.INTENSIFY);
    assertThat(decision.reasons()).containsExactlyInAnyOrder("Goal met -> exit to lower tier",
        "Goal met, still below grade level -> intensify");
  }

  @Test
  void referBeatsIntensify() {
    PlanDecision decision = review("22 24 25 27 29 31", 6);

    assertThat(decision.outcome()).isEqualTo(ProgressOutcome.REFER_TO_HIGHER_TIER);
    assertThat(decision.reasons()).containsExactlyInAnyOrder(
        "Four points below the aimline -> intensify", "Four points below the aimline -> refer");
  }
}
