package io.github.mtss.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files and comparing decisions with what they expect. */
class ScenarioRunnerTest {
  private static MtssEngine engine;

  @TempDir Path dir;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  private List<ScenarioRunner.Outcome> run(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("scenarios.yaml"), yaml);
    return ScenarioRunner.run(engine, file.toString(), ScenarioRunner.read(file));
  }

  @Test
  void aScenarioMeetingEveryExpectationPasses() throws IOException {
    List<ScenarioRunner.Outcome> outcomes = run("""
        - name: chronic absence alone
          student: {grade_level: 7, days_enrolled: 100, days_absent: 12}
          expect: {tier: 2, attendance: risk, needs: [attendance], reasons: ["Chronic absence"]}
        """);

    assertThat(outcomes).singleElement().satisfies(outcome -> {
      assertThat(outcome.passed()).isTrue();
      assertThat(outcome.scenario().name()).isEqualTo("chronic absence alone");
    });
  }

  @Test
  void eachUnmetExpectationIsOneDifference() throws IOException {
    List<ScenarioRunner.Outcome> outcomes = run("""
        - name: wrong on purpose
          student: {grade_level: 7, days_enrolled: 100, days_absent: 12}
          expect: {tier: 3, attendance: risk, needs: [food], reasons: ["Severe chronic absence"]}
        """);

    List<String> differences = outcomes.get(0).differences();
    assertThat(differences).hasSize(3);
    assertThat(differences.get(0)).isEqualTo("tier: expected 3, got 2");
    assertThat(differences.get(1)).isEqualTo("needs: expected [food], got [attendance]");
    assertThat(differences.get(2))
        .startsWith("reasons: expected [Severe chronic absence] to fire; fired [")
        .contains("Chronic absence");
  }

  @Test
  void aMisspeltReasonIsReportedAsAnUnknownRule() throws IOException {
    List<ScenarioRunner.Outcome> outcomes = run("""
        - name: typo in a reason
          student: {grade_level: 7, days_enrolled: 100, days_absent: 12}
          expect: {reasons: ["Chronic absense", "Chronic absence"]}
        """);

    assertThat(outcomes.get(0).differences()).containsExactly(
        "reasons: unknown rule(s) [Chronic absense]; no rule of the rule set has that name");
  }

  @Test
  void aFoldRuleIsNoReasonAScenarioCanExpect() throws IOException {
    List<ScenarioRunner.Outcome> outcomes = run("""
        - name: fold rules are bookkeeping
          student: {grade_level: 7, days_enrolled: 100, days_absent: 12}
          expect: {reasons: ["Domain levels"]}
        """);

    assertThat(outcomes.get(0).differences()).singleElement().asString()
        .startsWith("reasons: unknown rule(s) [Domain levels]");
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("typo.yaml"), """
        - name: typo
          student: {grade_level: 7}
          expect: {tierr: 3}
        """);

    assertThatThrownBy(() -> ScenarioRunner.read(file))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageStartingWith(file + ":3:")
        .hasMessageContaining("tierr");
  }

  @Test
  void aStudentWithValuesThatCannotBeScreenedNamesTheScenarioAndEveryProblem() {
    assertThatThrownBy(() -> run("""
        - name: impossible student
          student: {grade_level: 7, days_enrolled: 10, days_absent: 12, gpa: high}
          expect: {tier: 1}
        """))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageEndingWith("scenarios.yaml: scenario \"impossible student\": "
            + "gpa='high': not a number");
  }
}
