package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs as a hostile user attacks them (issue 18): ids that are markup or spreadsheet formulas,
 * outputs that would overwrite inputs, runs killed while they commit.
 */
class HostileOutputsTest {
  /** Marks the page when it runs: the attribute's name is built so the text never contains it. */
  private static final String PAYLOAD = "\"</script><script>document.documentElement"
      + ".setAttribute('data-'+'injected','yes')</script>\u2028<!--";
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void aSchoolIdThatIsMarkupIsShownAsTextAndNeverRuns() throws IOException, InterruptedException {
    Path students = Files.writeString(dir.resolve("s.csv"), "student_id,school_id,grade_level,"
        + "days_enrolled,days_absent,gpa\ns1,\"" + PAYLOAD.replace("\"", "\"\"")
        + "\",9,100,11,3.0\n");
    assertThat(CliRunner.run("screen", "--students", students.toString(), "--out",
        dir.resolve("out").toString()).exitCode()).isZero();
    Path report = dir.resolve("report.html");
    CliRunner result = CliRunner.run("report", "--in", dir.resolve("out").toString(), "--out",
        report.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    String data = html.substring(html.indexOf("id=\"data\">"));
    assertThat(data.substring(0, data.indexOf("</script>")))
        .contains("\\u003c/script\\u003e\\u003cscript\\u003edocument", "\\u2028\\u003c!--")
        .doesNotContain("<", "\u2028");
    assertThat(html).doesNotContain("</script><script>document").contains("&lt;/script&gt;",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'sha256-");
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": the check in a browser "
        + "(scripts/check-report.sh) is skipped");
    Process check = new ProcessBuilder("bash", "../scripts/check-report.sh", report.toString())
        .redirectErrorStream(true).start();
    String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor()).as(said).isZero();
    assertThat(said).contains("rendered", "no injected script ran");
  }

  @Test
  void noCsvOutputCellIsASpreadsheetFormula() throws IOException {
    Path students = hostileCopy(DemoCommand.STUDENTS, "students.csv");
    Path partners = hostileCopy(DemoCommand.PARTNERS, "partners.csv");
    Path plans = hostileCopy(DemoCommand.PLANS, "plans.csv");
    Path progress = hostileCopy(DemoCommand.PROGRESS, "progress.csv");
    Path policy = Files.writeString(dir.resolve("b.yaml"), "attendance_risk_below: 0.95\n");
    List<String[]> runs = List.of(
        new String[] {"screen", "--students", students.toString(), "--partners",
            partners.toString(), "--plans", plans.toString(), "--as-of", "2026-11-20"},
        new String[] {"progress", "--plans", plans.toString(), "--progress",
            progress.toString(), "--as-of", "2026-11-20"},
        new String[] {"compare", "--students", students.toString(), "--policy",
            policy.toString()});
    List<Path> csvFiles = new ArrayList<>();
    for (String[] run : runs) {
      Path out = dir.resolve(run[0]);
      CliRunner result = CliRunner.run(Stream.concat(Stream.of(run),
          Stream.of("--out", out.toString())).toArray(String[]::new));
      assertThat(result.exitCode()).as(run[0] + ": " + result.err()).isLessThan(2);
      csvFiles.addAll(csvFiles(out));
    }

    assertThat(csvFiles).extracting(p -> p.getFileName().toString()).contains("tiers.csv",
        "family.csv", "tier_history.csv", "recommendations.csv", "unmet.csv", "rejects.csv",
        "decisions.csv", "review.csv", "changes.csv");
    for (Path file : csvFiles) {
      for (CSVRecord row : records(file)) {
        assertThat(row.values()).as(file + ":" + row.getRecordNumber())
            .noneMatch(cell -> cell.matches("(?s)[=+\\-@\t\r].*") && !cell.matches("-?[0-9.]+"));
      }
    }
    assertThat(TestFiles.lines(dir.resolve("screen/tiers.csv"))).hasSize(401)
        .anyMatch(line -> line.startsWith("'=D0001,"));
    CliRunner again = CliRunner.run("screen", "--students", students.toString(), "--history",
        dir.resolve("screen/tier_history.csv").toString(), "--as-of", "2027-01-15", "--out",
        dir.resolve("again").toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(TestFiles.lines(dir.resolve("again/tier_history.csv")))
        .as("the history read back keeps each student's id")
        .filteredOn(l -> l.startsWith("'=D0001,"))
        .hasSize(1);
  }

  /** Copies a demo file with ids that start like formulas: =D0001, -PL01, @SV-RP-READ. */
  private Path hostileCopy(String resource, String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(resource))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Files.writeString(dir.resolve(name), text.replace("D0", "=D0")
          .replace("PL0", "-PL0").replace("SV-", "@SV-"), StandardCharsets.UTF_8);
    }
  }

  private static List<Path> csvFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
      return parser.getRecords();
    }
  }
}
