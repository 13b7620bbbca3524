package io.github.mtss.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mtss.core.evaluation.ConfusionCounts;
import io.github.mtss.core.evaluation.Wilson;
import io.github.mtss.rules.MtssEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An evaluation of students built in code, against tables counted by hand. */
class EvaluationTest {
  private static MtssEngine engine;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  /**
   * School A: 40 FRL students at 85 % attendance (Tier 2), 12 with the outcome; 10 at 70 %
   * (Tier 3), 8 with it; 50 at 98 % (Tier 1), 2 with it. School B: 100 non-FRL students at 98 %
   * (Tier 1), 8 with the outcome.
   */
  private static Roster district() {
    return new Roster().add("A", "yes", 40, 0.85, 12).add("A", "yes", 10, 0.70, 8)
        .add("A", "yes", 50, 0.98, 2).add("B", "no", 100, 0.98, 8);
  }

  private static EvaluationResult evaluate(Roster roster) {
    return Evaluation.builder(engine).equityColumns(List.of("frl")).build()
        .run(roster.students, roster.outcomes);
  }

  @Test
  void countsEveryScopeAsByHand() {
    EvaluationResult result = evaluate(district());

    assertThat(result.students()).isEqualTo(200);
    // tier >= 2: 50 flagged, 20 of them of the 30 with the outcome
    assertThat(counts(result, "all", "all", Flag.TIER_2_OR_3))
        .isEqualTo(new ConfusionCounts(200, 30, 50, 20));
    assertThat(counts(result, "all", "all", Flag.TIER_3))
        .isEqualTo(new ConfusionCounts(200, 30, 10, 8));
    assertThat(counts(result, "domain", "attendance", Flag.TIER_2_OR_3))
        .isEqualTo(new ConfusionCounts(200, 30, 50, 20));
    assertThat(counts(result, "domain", "behavior", Flag.TIER_2_OR_3))
        .isEqualTo(new ConfusionCounts(200, 30, 0, 0));
    assertThat(counts(result, "school", "A", Flag.TIER_2_OR_3))
        .isEqualTo(new ConfusionCounts(100, 22, 50, 20));
    assertThat(counts(result, "school", "B", Flag.TIER_3))
        .isEqualTo(new ConfusionCounts(100, 8, 0, 0));
    assertThat(counts(result, "grade", "7", Flag.TIER_2_OR_3))
        .isEqualTo(new ConfusionCounts(200, 30, 50, 20));
    ConfusionCounts all = counts(result, "all", "all", Flag.TIER_2_OR_3);
    assertThat(all.recall(Wilson.Z_95).value()).isCloseTo(20 / 30.0, within(1e-12));
    assertThat(all.precision(Wilson.Z_95).value()).isCloseTo(0.4, within(1e-12));
    assertThat(all.lift()).isCloseTo(0.4 / 0.15, within(1e-12));
  }

  @Test
  void aRuleCountsTheStudentsItHelpedFlagAmongEveryone() {
    EvaluationResult result = evaluate(district());

    List<EvaluationRow> rules = result.rows().stream()
        .filter(r -> r.scope().equals("rule") && r.flag() == Flag.TIER_3
            && r.counts().flagged() > 0).toList();
    assertThat(rules).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.counts().students()).isEqualTo(200);
      assertThat(rule.counts().outcomes()).isEqualTo(30);
      assertThat(rule.counts().flagged()).isEqualTo(10);
    });
  }

  @Test
  void aSubgroupFlaggedMoreOftenIsComparedWithTheRestAndFlaggedBeyondParity() {
    EvaluationResult result = evaluate(district());

    EvaluationRow frl = result.row("equity:frl", "yes", Flag.TIER_2_OR_3);
    assertThat(frl.counts()).isEqualTo(new ConfusionCounts(100, 22, 50, 20));
    // recall 20/22 against 0/8 for the rest: undefined ratio (the rest's recall is 0)
    assertThat(frl.parity().recall()).isNull();
    // false-positive rate 30/78 against 0/92: undefined too; precision 20/50 vs none flagged
    assertThat(frl.parity().falsePositiveRate()).isNull();
    assertThat(frl.parity().flagged()).isFalse();

    Roster mixed = district().add("B", "no", 30, 0.85, 3);
    EvaluationRow yes = evaluate(mixed).row("equity:frl", "yes", Flag.TIER_2_OR_3);
    // FRL: false positives 30 of 78 (0.385); others: 27 of 119 (0.227): ratio 1.70
    assertThat(yes.parity().falsePositiveRate().ratio()).isCloseTo((30 / 78.0) / (27 / 119.0),
        within(1e-9));
    assertThat(yes.parity().falsePositiveRate().excludesParity()).isTrue();
    assertThat(yes.parity().flagged()).isTrue();
  }

  @Test
  void idsOnOneSideOnlyAreCountedAndListed() {
    Roster roster = district();
    roster.outcomes.remove(0);
    roster.outcomes.add(new Outcome("ghost-1", true));
    String dropped = roster.students.get(0).studentId();

    EvaluationResult result = evaluate(roster);

    assertThat(result.students()).isEqualTo(199);
    assertThat(result.studentsWithoutOutcome()).containsExactly(dropped);
    assertThat(result.outcomesWithoutStudent()).containsExactly("ghost-1");
  }

  @Test
  void theYardstickIsFlaggedAtTheTiersSharesAndRanksTheLatentRisk() {
    Roster roster = Roster.latentRisk(1500, 3);

    EvaluationResult result = Evaluation.builder(engine).build()
        .run(roster.students, roster.outcomes);

    for (Flag flag : Flag.values()) {
      assertThat(counts(result, "logistic_regression", "cross_validated", flag).flagged())
          .isEqualTo(counts(result, "all", "all", flag).flagged());
    }
    assertThat(result.yardstick().auc()).isBetween(0.7, 0.95);
    assertThat(result.yardstick().features()).contains("attendance_rate", "gpa", "gpa_missing")
        .doesNotContain("frl");
  }

  @Test
  void theSameInputsGiveTheSameResultOnAnyThreadCount() {
    Roster roster = Roster.latentRisk(600, 5);
    EvaluationResult one = Evaluation.builder(engine).threads(1).build()
        .run(roster.students, roster.outcomes);
    List<io.github.mtss.core.Student> reversed = new ArrayList<>(roster.students);
    Collections.reverse(reversed);
    EvaluationResult two = Evaluation.builder(engine).threads(2).build()
        .run(reversed, roster.outcomes);

    assertThat(two).isEqualTo(one);
  }

  @Test
  void tooFewJoinedStudentsIsAClearError() {
    Roster roster = new Roster().add("A", "no", 3, 0.95, 1);

    assertThatThrownBy(() -> evaluate(roster)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 student(s) have both");
  }

  private static ConfusionCounts counts(EvaluationResult result, String scope, String value,
      Flag flag) {
    return result.row(scope, value, flag).counts();
  }
}
