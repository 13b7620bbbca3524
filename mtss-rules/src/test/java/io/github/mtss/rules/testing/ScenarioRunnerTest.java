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

  /** Returns the differences of a grade 7 student missing 12 % of days from {@code expect}. */
  private List<String> chronicAbsence(String expect) throws IOException {
    ScenarioRunner.Outcome outcome = run("""
        - name: chronic absence alone
          student: {grade_level: 7, days_enrolled: 100, days_absent: 12}
          expect: %s
        """.formatted(expect)).get(0);
    assertThat(outcome.scenario().name()).isEqualTo("chronic absence alone");
    assertThat(outcome.passed()).isEqualTo(outcome.differences().isEmpty());
    return outcome.differences();
  }

  @Test
  void aScenarioMeetingEveryExpectationPasses() throws IOException {
    assertThat(chronicAbsence(
        "{tier: 2, attendance: risk, needs: [attendance], reasons: [\"Chronic absence\"]}"))
        .isEmpty();
  }

  @Test
  void eachUnmetExpectationIsOneDifference() throws IOException {
    List<String> differences = chronicAbsence("{tier: 3, attendance: risk, needs: [food], "
        + "reasons: [\"Severe chronic absence\"]}");

    assertThat(differences).hasSize(3);
    assertThat(differences.get(0)).isEqualTo("tier: expected 3, got 2");
    assertThat(differences.get(1)).isEqualTo("needs: expected [food], got [attendance]");
    assertThat(differences.get(2))
        .startsWith("reasons: expected [Severe chronic absence] to fire; fired [")
        .contains("Chronic absence");
  }

  @Test
  void aMisspeltReasonIsReportedAsAnUnknownRuleWithTheRuleMeant() throws IOException {
    assertThat(chronicAbsence("{reasons: [\"Chronic absense\", \"Chronic absence\"]}"))
        .containsExactly("reasons: no rule of the rule set is named \"Chronic absense\"; did "
            + "you mean \"Chronic absence\"?");
  }

  @Test
  void aFoldRuleIsNoReasonAScenarioCanExpect() throws IOException {
    assertThat(chronicAbsence("{reasons: [\"Domain levels\"]}")).singleElement().asString()
        .startsWith("reasons: no rule of the rule set is named \"Domain levels\"");
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
  void aMisIndentedLineIsSaidPlainlyAtItsLineWithoutTheParsersQuotation() throws IOException {
    Path file = Files.writeString(dir.resolve("indent.yaml"), """
        - name: indented
          student: {grade_level: 7}
           expect: {tier: 1}
        """);

    assertThatThrownBy(() -> ScenarioRunner.read(file))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageStartingWith(file + ":3:")
        .hasMessageContaining("indented differently")
        .hasMessageNotContaining("reader")
        .hasMessageNotContaining("^");
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
