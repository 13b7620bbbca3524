package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate -> screen -> report, and compare, as a district analyst runs them. */
class ResearchCommandsTest {
  @TempDir Path dir;

  @Test
  void generateScreenAndReport() throws IOException {
    CliRunner generated = CliRunner.run("generate", "--students", "3000", "--seed", "5",
        "--out", dir.resolve("district").toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    CliRunner screened = CliRunner.run("screen", "--students",
        dir.resolve("district/students.csv").toString(), "--partners",
        dir.resolve("district/partners.csv").toString(), "--out", dir.resolve("out").toString());
    assertThat(screened.exitCode()).as(screened.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/summary.json")))
        .contains("\"disproportionality\"", "\"column\" : \"frl\"", "\"risk_ratio\"");
    CliRunner onlySex = CliRunner.run("screen", "--students",
        dir.resolve("district/students.csv").toString(), "--equity-columns", "sex,home_language",
        "--out", dir.resolve("out-sex").toString());
    assertThat(onlySex.exitCode()).as(onlySex.err()).isZero();
    assertThat(Files.readString(dir.resolve("out-sex/summary.json")))
        .contains("\"column\" : \"sex\"").doesNotContain("\"column\" : \"frl\"");

    CliRunner report = CliRunner.run("report", "--in", dir.resolve("out").toString(), "--out",
        dir.resolve("report.html").toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"tiers-school\"", "id=\"tiers-grade\"",
        "id=\"check-80-15-5\"", "id=\"indicators\"", "id=\"needs\"", "id=\"gaps\"",
        "id=\"partners\"", "id=\"disproportionality\"", "Chart.js v4",
        "<script type=\"application/json\" id=\"data\">",
        "\"chartTiersByGrade\":{")
        .doesNotContain("src=\"http");
  }

  @Test
  void compareCountsTheStudentsWhoChangeTierAndTheRulesBehindIt() throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"),
        "student_id,school_id,grade_level,days_enrolled,days_absent,gpa\n"
            + "a,S,7,100,11,3.0\nb,S,7,100,2,3.0\nc,S,10,100,11,1.5\n");
    Path lenient = Files.writeString(dir.resolve("a.yaml"), "attendance_risk_below: 0.88\n");
    CliRunner result = CliRunner.run("compare", "--students", students.toString(), "--policy",
        lenient.toString(), "--out", dir.resolve("cmp").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("A tier 1         1        1        0",
        "A tier 2         0        0        1",
        "2 move to a more intensive tier under B, 0 to a less intensive one",
        "Chronic absence                                          2");
    assertThat(Files.readAllLines(dir.resolve("cmp/changes.csv"))).hasSize(3)
        .anyMatch(l -> l.startsWith("a,S,7,1,2,"));
  }
}
