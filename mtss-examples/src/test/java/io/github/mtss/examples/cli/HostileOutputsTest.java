package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Outputs as a hostile user attacks them (issue 18): ids that are markup or spreadsheet formulas,
 * outputs that would overwrite inputs, runs killed while they commit.
 */
class HostileOutputsTest {
  /** Marks the page when it runs: the attribute's name is built so the text never contains it. */
  private static final String PAYLOAD = "\"</script><script>document.documentElement"
      + ".setAttribute('data-'+'injected','yes')</script>\u2028<!--";
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String HEADER_ROW =
      "student_id,school_id,grade_level,days_enrolled,days_absent,gpa\n";
  private static final String[] HISTORY =
      {"student_id", "date", "tier", "screened_tier", "source", "note"};

  @TempDir Path dir;

  @Test
  void idsThatAreMarkupAreShownAsTextAndNeverRun() throws IOException, InterruptedException {
    String cell = "\"" + PAYLOAD.replace("\"", "\"\"") + "\"";
    Path students = Files.writeString(dir.resolve("s.csv"), HEADER_ROW + "s1," + cell
        + ",9,100,11,3.0\n");
    Path partners = Files.writeString(dir.resolve("p.csv"), "service_id,service_name,partner_id,"
        + "partner_name,partner_type,category,tiers,min_grade,max_grade,serves,languages,"
        + "schedule,schools,capacity,evidence_level\n" + cell + "," + cell + ",P1," + cell
        + ",community_based,attendance,2;3,6,12,student,*,weekday,*,5,2\n");
    CliRunner screened = CliRunner.run("screen", "--students", students.toString(),
        "--partners", partners.toString(), "--out", dir.resolve("out").toString());
    assertThat(screened.exitCode()).as(screened.err()).isZero();
    Path report = dir.resolve("report.html");
    CliRunner result = CliRunner.run("report", "--in", dir.resolve("out").toString(), "--out",
        report.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    String data = html.substring(html.indexOf("id=\"data\">"));
    assertThat(data.substring(0, data.indexOf("</script>")))
        .contains("\\u003c/script\\u003e\\u003cscript\\u003edocument", "\\u2028\\u003c!--")
        .doesNotContain("<", "\u2028");
    var charts = ReportCommandTest.charts(html);
    assertThat(charts.at("/chartTiersBySchool/labels/0").asText()).isEqualTo(PAYLOAD);
    assertThat(charts.at("/chartPartners/labels/0").asText()).isEqualTo(PAYLOAD
        + " (Attendance)");
    assertThat(html).doesNotContain("</script><script>document").contains(
            "<td>&quot;&lt;/script&gt;&lt;script&gt;document",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'sha256-");
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": the check in a browser "
        + "(scripts/check-report.sh) is skipped");
    Process check = new ProcessBuilder("bash", "../scripts/check-report.sh", report.toString())
        .redirectErrorStream(true).start();
    String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor()).as(said).isZero();
    assertThat(said).contains("rendered", "charts drew", "no injected script ran");
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

  @Test
  void aRunReplacesTheWholeDirectoryAndReportRefusesAMixOfRuns() throws IOException {
    Path students = TestFiles.copy(DemoCommand.STUDENTS, dir, "students.csv");
    Path partners = TestFiles.copy(DemoCommand.PARTNERS, dir, "partners.csv");
    Path out = dir.resolve("out");
    assertThat(CliRunner.run("screen", "--students", students.toString(), "--partners",
        partners.toString(), "--out", out.toString()).exitCode()).isZero();
    assertThat(out.resolve("recommendations.csv")).exists();
    Path earlier = Files.copy(out.resolve("tiers.csv"), dir.resolve("earlier-tiers.csv"));
    Files.writeString(students, TestFiles.lines(students).subList(0, 10).stream()
        .map(line -> line + "\n").reduce("", String::concat));
    assertThat(CliRunner.run("screen", "--students", students.toString(), "--out",
        out.toString()).exitCode()).isZero();

    assertThat(names(out)).as("no file of the earlier run is left").containsExactly(
        "family.csv", "rejects.csv", "summary.json", "tier_history.csv", "tiers.csv");
    assertThat(report(out).exitCode()).isZero();
    Path good = Files.copy(out.resolve("tiers.csv"), dir.resolve("good-tiers.csv"));
    Files.copy(earlier, out.resolve("tiers.csv"), StandardCopyOption.REPLACE_EXISTING);
    assertThat(report(out).err()).isEqualTo("error: " + out.resolve("tiers.csv") + ": missing or "
        + "not the file the run of summary.json wrote; the directory mixes runs, screen again\n");
    Files.move(good, out.resolve("tiers.csv"), StandardCopyOption.REPLACE_EXISTING);
    Files.move(earlier, out.resolve("unmet.csv"));
    CliRunner mixed = report(out);
    assertThat(mixed.exitCode()).isEqualTo(2);
    assertThat(mixed.err()).isEqualTo("error: " + out.resolve("unmet.csv") + ": not written by "
        + "the run of summary.json; the directory mixes runs, screen again\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--students d/tiers.csv --out d|--students d/tiers.csv and --out d overlap",
      "--students d/tiers.csv --out d/../d/.|--students d/tiers.csv and --out d/../d/. overlap",
      "--students d/tiers.csv --out link|--students d/tiers.csv and --out link overlap",
      "--students s.csv --history d/tier_history.csv --out d|--history d/tier_history.csv and",
      "--students s.csv --out s.csv|--students s.csv and --out s.csv overlap",
      "--students s.csv --policy d/p.yaml --out d|--policy d/p.yaml and --out d overlap"})
  void anOutputThatIsOrHoldsAnInputIsRefused(String options, String message) throws IOException {
    Path d = Files.createDirectories(dir.resolve("d"));
    String students = HEADER_ROW + "s1,S,9,100,11,3.0\n";
    Files.writeString(d.resolve("tiers.csv"), students);
    Files.writeString(d.resolve("tier_history.csv"), String.join(",", HISTORY) + "\n");
    Files.writeString(d.resolve("p.yaml"), "attendance_risk_below: 0.9\n");
    Files.writeString(dir.resolve("s.csv"), students);
    Files.createSymbolicLink(dir.resolve("link"), d);
    Map<Path, byte[]> before = snapshot();

    CliRunner result = CliRunner.run(Stream.concat(Stream.of("screen"),
        Stream.of(options.split(" ")).map(this::inDir)).toArray(String[]::new));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1).allMatch(l -> l.startsWith("error: "));
    assertThat(result.err().replace(dir + "/", "")).contains(message);
    assertThat(snapshot()).as("nothing written, nothing lost").containsExactlyInAnyOrderEntriesOf(
        before);
  }

  @Test
  void reportRefusesAnOutputThatIsADirectoryOrAnInputAndLeavesNoTempFile() throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"), HEADER_ROW + "s1,S,9,100,11,3.0\n");
    Path out = dir.resolve("out");
    assertThat(CliRunner.run("screen", "--students", students.toString(), "--out",
        out.toString()).exitCode()).isZero();
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Map<Path, byte[]> before = snapshot();

    CliRunner intoFolder = CliRunner.run("report", "--in", out.toString(), "--out",
        folder.toString());
    CliRunner overInput = CliRunner.run("report", "--in", out.toString(), "--out",
        out.resolve("tiers.csv").toString());
    assertThat(intoFolder.exitCode()).isEqualTo(2);
    assertThat(intoFolder.err()).isEqualTo("error: " + folder
        + ": is a directory; --out is the report's file\n");
    assertThat(overInput.exitCode()).isEqualTo(2);
    assertThat(overInput.err())
        .contains("--in " + out + " and --out " + out + "/tiers.csv overlap");
    assertThat(snapshot()).as("no hidden temp file").containsExactlyInAnyOrderEntriesOf(before);
  }

  private String inDir(String word) {
    return word.startsWith("--") ? word : dir.resolve(word).toString();
  }

  private CliRunner report(Path in) {
    return CliRunner.run("report", "--in", in.toString(), "--out",
        dir.resolve("report.html").toString());
  }

  /** Every file under the test directory with its bytes. */
  private Map<Path, byte[]> snapshot() throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(file, Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
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
