package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code progress} end to end, and {@code screen --plans} holding students in their plan's tier. */
class ProgressCommandTest {
  @TempDir Path dir;
  private Path plans;
  private Path progress;
  private Path catalogue;

  @BeforeEach
  void copyDemo() throws IOException {
    plans = copy(DemoCommand.PLANS, "plans.csv");
    progress = copy(DemoCommand.PROGRESS, "progress.csv");
    catalogue = copy(DemoCommand.CATALOGUE, "interventions.csv");
  }

  @Test
  void writesDecisionsReviewsAndCharts() throws IOException {
    CliRunner result = CliRunner.run("progress", "--plans", plans.toString(), "--progress",
        progress.toString(), "--catalogue", catalogue.toString(), "--as-of", "2026-11-20",
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> decisions = lines("out/decisions.csv");
    assertThat(decisions.get(0)).isEqualTo("student_id,plan_id,decision,reason,slope,aim_slope,"
        + "points_used,latest_value,review_due");
    assertThat(decisions).hasSize(9)
        .contains("D0012,PL02,intensify,Four points below the aimline -> intensify,1.000,2.000,"
            + "10,36.000,true")
        .anyMatch(l -> l.startsWith("D0305,PL06,too_early,"));
    assertThat(lines("out/review.csv")).hasSize(8).noneMatch(l -> l.contains("PL06"));
    String charts = Files.readString(dir.resolve("out/charts.html"));
    assertThat(charts).contains("<svg", "class=\"aim\"", "class=\"trend\"", "PL07");
    assertThat(charts.split("<svg", -1)).hasSize(9);
  }

  @Test
  void pointFileOrderDoesNotMatter() throws IOException {
    List<String> rows = Files.readAllLines(progress);
    List<String> reversed = new java.util.ArrayList<>(rows.subList(1, rows.size()));
    java.util.Collections.reverse(reversed);
    Path backwards = Files.writeString(dir.resolve("backwards.csv"),
        rows.get(0) + "\n" + String.join("\n", reversed) + "\n");
    CliRunner.run("progress", "--plans", plans.toString(), "--progress", progress.toString(),
        "--as-of", "2026-11-20", "--out", dir.resolve("a").toString());
    CliRunner.run("progress", "--plans", plans.toString(), "--progress", backwards.toString(),
        "--as-of", "2026-11-20", "--out", dir.resolve("b").toString());

    assertThat(dir.resolve("b/decisions.csv"))
        .hasSameBinaryContentAs(dir.resolve("a/decisions.csv"));
  }

  @Test
  void badRowsAreRejectedWithTheirFileAndLine() throws IOException {
    Files.writeString(plans, "PL99,D0001,NOPE,Someone,2,2026-09-07,2026-11-02,wcpm,1,2,"
        + "2026-12-01\nPL98,D0002,RP,Someone,2,2026-09-07,2026-11-02,wcpm,1,2,2026-08-01\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(progress, "PL01,2026-13-01,3\nPL77,2026-10-01,3\n",
        java.nio.file.StandardOpenOption.APPEND);
    CliRunner result = CliRunner.run("progress", "--plans", plans.toString(), "--progress",
        progress.toString(), "--catalogue", catalogue.toString(), "--as-of", "2026-11-20",
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(String.join("\n", lines("out/rejects.csv")))
        .contains("10,D0001,intervention_id,intervention_id='NOPE': no such intervention",
            "11,D0002,,", "must be after the start", "date='2026-13-01': not a date",
            "plan_id='PL77': no such plan in the plans file");
  }

  @Test
  void aRunningPlanHoldsTheStudentInItsTier() throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"),
        "student_id,school_id,grade_level,days_enrolled,days_absent,reading_pct,math_pct\n"
            + "D0003,ES-MAPLE,3,100,2,60,60\nD0099,ES-MAPLE,3,100,2,60,60\n");
    CliRunner result = CliRunner.run("screen", "--students", students.toString(), "--plans",
        plans.toString(), "--as-of", "2026-11-20", "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> tiers = lines("out/tiers.csv");
    assertThat(tiers.get(1)).startsWith("D0003,ES-MAPLE,3,3,").contains(",1,active_plan,",
        "screen suggests tier 1; held in tier 3 until the running plan's review");
    assertThat(tiers.get(2)).startsWith("D0099,ES-MAPLE,3,1,").endsWith(",1,rules,");
  }

  private Path copy(String resource, String name) throws IOException {
    return TestFiles.copy(resource, dir, name);
  }

  private List<String> lines(String file) throws IOException {
    return TestFiles.lines(dir.resolve(file));
  }
}
