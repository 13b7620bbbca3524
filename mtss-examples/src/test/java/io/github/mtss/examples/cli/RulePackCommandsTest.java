package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}, {@code test-rules} and {@code --rules}, as a rule author uses them. */
class RulePackCommandsTest {
  private static final String PACK = "packs/example-district";

  @TempDir Path dir;

  @Test
  void theDefaultRulesPassTheirOwnScenarios() {
    CliRunner result = CliRunner.run("test-rules", "--scenarios",
        "scenarios/default-rules.yaml");

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).doesNotContain("FAIL").contains(" 0 failed");
  }

  @Test
  void theExamplePackPassesItsScenariosAndValidates() {
    CliRunner tested = CliRunner.run("test-rules", "--rules", PACK, "--policy",
        PACK + "/policy.yaml", "--scenarios", PACK + "/scenarios.yaml");
    assertThat(tested.exitCode()).as(tested.out() + tested.err()).isZero();

    CliRunner validated = CliRunner.run("validate", "--rules", PACK);
    assertThat(validated.exitCode()).isZero();
    assertThat(validated.out()).contains("11 rule file(s)", "1 disabled (Chronic absence)");
  }

  @Test
  void aRuleThatNeverStopsFailsTheScreenNamingItAndWritesNothing() throws IOException {
    Path pack = Files.createDirectories(dir.resolve("loop"));
    Files.writeString(pack.resolve("loop.drl"), """
        package district.loop;
        import io.github.mtss.core.Student;
        import io.github.mtss.rules.facts.FamilyAction;
        rule "Endless outreach"
            ruleflow-group "family"
        when
            $s : Student()
            $a : FamilyAction( studentId == $s.studentId )
        then
            insert( FamilyAction.of( $s.studentId(), "again" ) );
        end
        """);
    Path students = TestFiles.copy(DemoCommand.STUDENTS, dir, "students.csv");

    CliRunner result = CliRunner.run("screen", "--students", students.toString(), "--rules",
        pack.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).startsWith("error: ").contains("Endless outreach");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFailingScenarioShowsTheDifferenceAndExitsNonZero() throws IOException {
    Path scenarios = Files.writeString(dir.resolve("s.yaml"), """
        - name: wrong on purpose
          student: {grade_level: 7, days_enrolled: 100, days_absent: 12}
          expect: {tier: 3, attendance: risk, needs: [food]}
        """);
    CliRunner result = CliRunner.run("test-rules", "--scenarios", scenarios.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("FAIL  wrong on purpose", "tier: expected 3, got 2",
        "needs: expected [food], got [attendance]", "0 passed, 1 failed")
        .doesNotContain("attendance: expected");
  }

  @Test
  void aScenarioFileWithAnUnknownKeyIsRefusedWithItsLocation() throws IOException {
    Path scenarios = Files.writeString(dir.resolve("s.yaml"), """
        - name: typo
          student: {grade_level: 7}
          expect: {tierr: 3}
        """);
    CliRunner result = CliRunner.run("test-rules", "--scenarios", scenarios.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(scenarios + ":3:", "tierr");
  }

  @Test
  void aBrokenPackStopsScreenBeforeAnyOutput() throws IOException {
    Path pack = Files.createDirectories(dir.resolve("pack"));
    Files.writeString(pack.resolve("bad.drl"),
        "package x;\nimport io.github.mtss.core.Student;\nrule \"r\"\nwhen\n"
            + "  Student( gpaa > 1 )\nthen\nend\n");
    CliRunner result = CliRunner.run("screen", "--students",
        "src/test/resources/fixtures/students.csv", "--rules", pack.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(pack.resolve("bad.drl") + ":5:");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void summaryRecordsTheRuleSetAndEffectivePolicy() throws IOException {
    CliRunner result = CliRunner.run("screen", "--students",
        "src/test/resources/fixtures/students.csv", "--rules", PACK, "--policy",
        PACK + "/policy.yaml", "--out", dir.resolve("out").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    String summary = Files.readString(dir.resolve("out/summary.json"));
    assertThat(summary).contains("attendance-by-grade-band.drl.csv", "\"disabled\" : [ "
        + "\"Chronic absence\" ]", "\"behavior_risk_minor_incidents\" : 3");
  }
}
