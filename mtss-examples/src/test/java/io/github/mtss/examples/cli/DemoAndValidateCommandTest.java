package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code demo} and {@code validate} commands. */
class DemoAndValidateCommandTest {
  @TempDir Path dir;

  @Test
  void demoPrintsTiersPerSchoolWithMostStudentsInTierOne() {
    CliRunner result = CliRunner.run("demo");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("ES-MAPLE", "MS-ASPEN", "HS-SUMMIT", "attendance",
        "behavior", "coursework");
    Matcher all = Pattern.compile("all schools\\s+(\\d+)\\s+(\\d+) \\(").matcher(result.out());
    assertThat(all.find()).isTrue();
    int students = Integer.parseInt(all.group(1));
    int tierOne = Integer.parseInt(all.group(2));
    assertThat(students).isGreaterThanOrEqualTo(300);
    assertThat((double) tierOne / students).isBetween(0.65, 0.9);
  }

  @Test
  void validateAcceptsTheDefaultsAndReportsPolicyProblemsWithLocation() throws IOException {
    CliRunner ok = CliRunner.run("validate");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).startsWith("ok: 9 rule file(s)");

    Path policy = Files.writeString(dir.resolve("p.yaml"),
        "attendance_risk_below: 0.9\nattendance_severe_below: high\n");
    CliRunner bad = CliRunner.run("validate", "--policy", policy.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("p.yaml:2:26: 'attendance_severe_below' must be a number,"
        + " found 'high'");
  }

  @Test
  void aRuleCacheKeepsTheCompiledRulesAndGivesTheSameResult() throws IOException {
    Path cache = dir.resolve("cache");
    Path policy = Files.writeString(dir.resolve("district.yaml"), "attendance_risk_below: 0.92\n");
    CliRunner first = CliRunner.run("validate", "--policy", policy.toString(),
        "--rule-cache", cache.toString());
    CliRunner second = CliRunner.run("validate", "--policy", policy.toString(),
        "--rule-cache", cache.toString());

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out())
        .isEqualTo(CliRunner.run("validate", "--policy", policy.toString()).out());
    try (var files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .singleElement().satisfies(name -> assertThat(name).startsWith("rules-").endsWith(".jar"));
    }
  }

  @Test
  void noCommandIsAUsageError() {
    CliRunner result = CliRunner.run();
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("demo, screen, validate");
  }
}
