package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mtss evaluate} as a district's data person runs it. */
class EvaluateCommandTest {
  @TempDir Path dir;
  private Path students;
  private Path outcomes;

  /**
   * 600 grade 6-12 students in two schools whose attendance, behaviour and GPA share a latent
   * risk that also drives the outcome; the FRL column has a hostile value.
   */
  @BeforeEach
  void district() throws IOException {
    StringBuilder s = new StringBuilder("student_id,school_id,grade_level,days_enrolled,"
        + "days_absent,suspension_days,incidents_minor,incidents_major,gpa,f_ela,f_math,frl\n");
    StringBuilder o = new StringBuilder("student_id,not_graduated_on_time\n");
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 600; i++) {
      double risk = random.nextGaussian();
      s.append(String.format(Locale.ROOT, "s%04d,%s,%d,100,%.1f,0,%d,0,%.2f,%d,0,%s%n", i,
          i % 2 == 0 ? "north" : "south", 6 + i % 7,
          Math.max(0, Math.min(60, 6 + 5 * risk + 3 * random.nextGaussian())),
          Math.max(0, Math.round(1 + risk + random.nextGaussian())),
          Math.max(0, Math.min(4, 2.9 - 0.6 * risk + 0.4 * random.nextGaussian())),
          risk + random.nextGaussian() > 1.6 ? 1 : 0, i % 3 == 0 ? "<img src=x>" : "no"));
      double odds = Math.exp(-2.3 + 1.3 * risk);
      o.append("s").append(String.format(Locale.ROOT, "%04d", i)).append(',')
          .append(random.nextDouble() < odds / (1 + odds) ? 1 : 0).append('\n');
    }
    students = Files.writeString(dir.resolve("students.csv"), s);
    Files.writeString(dir.resolve("grid.yaml"), "passes: 1\ncut_points:\n"
        + "  attendance_risk_below: [0.85, 0.90, 0.95]\n  middle_risk_gpa_below: [1.5, 2.5]\n");
    outcomes = Files.writeString(dir.resolve("outcomes.csv"), o);
  }

  private CliRunner evaluate(String out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--students",
        students.toString(), "--outcomes", outcomes.toString(), "--outcome-column",
        "not_graduated_on_time", "--equity-columns", "frl", "--out",
        dir.resolve(out).toString()));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void writesTheEvaluationFilesWithTheIssuesColumns() throws IOException {
    CliRunner run = evaluate("eval");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("600 students evaluated against not_graduated_on_time",
        "tier>=2 (rules)", "tier3 share (logistic)", "logistic yardstick, 5-fold");
    List<String> csv = Files.readAllLines(dir.resolve("eval/evaluation.csv"));
    assertThat(csv.get(0)).startsWith("scope,value,flag,n,outcomes,flagged,flagged_outcomes,"
        + "flagged_share,recall,precision,lift,recall_low,recall_high");
    assertThat(csv).anyMatch(line -> line.startsWith("all,all,tier>=2,600,"))
        .anyMatch(line -> line.startsWith("domain,attendance,tier3,600,"))
        .anyMatch(line -> line.startsWith("school,north,tier>=2,300,"))
        .anyMatch(line -> line.startsWith("equity:frl,<img src=x>,tier>=2,200,"))
        .anyMatch(line -> line.startsWith("logistic_regression,cross_validated,tier3,600,"))
        .anyMatch(line -> line.startsWith("rule,"));
    assertThat(Files.readString(dir.resolve("eval/evaluation.json")))
        .contains("\"auc\" :", "\"outcome\" : \"not_graduated_on_time\"");
    assertThat(dir.resolve("eval/calibrated-policy.yaml")).doesNotExist();
  }

  @Test
  void withXlsxTheEvaluationIsAlsoAWorkbookBesideTheOutputDirectory() throws IOException {
    CliRunner run = evaluate("eval", "--xlsx");

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        Files.newInputStream(dir.resolve("eval.xlsx")))) {
      var sheet = workbook.getSheet("evaluation");
      assertThat(sheet.getLastRowNum() + 1)
          .isEqualTo(Files.readAllLines(dir.resolve("eval/evaluation.csv")).size());
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("scope");
    }
  }

  @Test
  void theCalibratedPolicyRunsUnchangedThroughScreenAndCompare() throws IOException {
    CliRunner run = evaluate("eval", "--calibrate", "--max-flagged", "0.3", "--grid",
        dir.resolve("grid.yaml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path policy = dir.resolve("eval/calibrated-policy.yaml");
    assertThat(Files.readString(policy)).startsWith("# Calibrated by mtss evaluate");
    assertThat(run.out()).contains("calibration (max_flagged 0.3, tier>=2)",
        "fold 1 held out before", "all after");

    CliRunner screen = CliRunner.run("screen", "--students", students.toString(), "--policy",
        policy.toString(), "--out", dir.resolve("screened").toString());
    assertThat(screen.exitCode()).as(screen.err()).isZero();
    CliRunner compare = CliRunner.run("compare", "--students", students.toString(), "--policy",
        dir.resolve("none.yaml").toString(), "--policy", policy.toString());
    assertThat(compare.err()).contains("none.yaml");
    Files.writeString(dir.resolve("none.yaml"), "{}\n");
    compare = CliRunner.run("compare", "--students", students.toString(), "--policy",
        dir.resolve("none.yaml").toString(), "--policy", policy.toString());
    assertThat(compare.exitCode()).as(compare.err()).isZero();
    assertThat(compare.out()).contains("600 students compared");
  }

  @Test
  void aBadOutcomeValueIsRejectedWithItsLineAndColumnAndMissingIdsAreCounted()
      throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(outcomes));
    lines.set(2, "s0001,yes");
    lines.remove(5);
    lines.add("ghost,1");
    Files.write(outcomes, lines);

    CliRunner run = evaluate("eval");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("outcomes.csv:3: not_graduated_on_time='yes': must be 1",
        "2 student(s) of", "1 outcome(s) of", "first: ghost").doesNotContain("Exception");
    assertThat(Files.readString(dir.resolve("eval/rejects.csv"))).contains(
        "3,s0001,not_graduated_on_time");
    assertThat(Files.readString(dir.resolve("eval/evaluation.json")))
        .contains("\"ids\" : [ \"s0001\", \"s0004\" ]", "\"ids\" : [ \"ghost\" ]");
  }

  @Test
  void unusableOptionsAreRefusedBeforeAnythingIsWritten() {
    CliRunner noBound = evaluate("eval", "--calibrate");
    CliRunner both = evaluate("eval", "--calibrate", "--max-flagged", "0.2", "--min-recall",
        "0.8");
    CliRunner share = evaluate("eval", "--calibrate", "--max-flagged", "20");
    CliRunner column = CliRunner.run("evaluate", "--students", students.toString(),
        "--outcomes", outcomes.toString(), "--out", dir.resolve("eval").toString());

    assertThat(List.of(noBound, both, share, column)).allSatisfy(r -> {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).doesNotContain("Exception", "\tat ");
    });
    assertThat(noBound.err()).contains("exactly one of --max-flagged SHARE or --min-recall R");
    assertThat(share.err()).contains("--max-flagged is a share above 0 and at most 1");
    assertThat(column.err()).contains("outcome");
    assertThat(dir.resolve("eval")).doesNotExist();
  }

  @Test
  void theReportOfTheScreenShowsTheEvaluationEscaped() throws IOException {
    CliRunner screen = CliRunner.run("screen", "--students", students.toString(),
        "--equity-columns", "frl", "--out", dir.resolve("screened").toString());
    assertThat(screen.exitCode()).as(screen.err()).isZero();
    CliRunner run = evaluate("screened/evaluation", "--calibrate", "--min-recall", "0.8",
        "--grid", dir.resolve("grid.yaml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    CliRunner report = CliRunner.run("report", "--in", dir.resolve("screened").toString(),
        "--out", dir.resolve("report.html").toString());

    assertThat(report.exitCode()).as(report.err()).isZero();
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<section id=\"evaluation\">", "<h3>Calibration</h3>",
        "&lt;img src=x&gt;", "<script type=\"application/json\" id=\"evaluation-data\">",
        "\\u003cimg src=x\\u003e").doesNotContain("<img src=x>");

    Files.writeString(dir.resolve("screened/evaluation/evaluation.json"), "{\"rows\": [");
    CliRunner broken = CliRunner.run("report", "--in", dir.resolve("screened").toString(),
        "--out", dir.resolve("report2.html").toString());
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("evaluation.json: is not an evaluation.json that mtss "
        + "evaluate wrote (broken at line 1, column").doesNotContain("Exception");
  }
}
