package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtss.batch.OutputDirectory;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What report.html shows, as a district analyst reads it (issue 19). */
class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER =
      "student_id,school_id,grade_level,days_enrolled,days_absent,gpa\n";

  @TempDir Path dir;

  @Test
  void theTopSaysWhenHowManyWereScreenedAndRejectedTheTierSharesAndThePolicyChanges()
      throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"), HEADER + "a,S,7,100,2,3.0\n"
        + "b,S,7,100,11,3.0\nc,S,Z,100,2,3.0\nd,S,7,10,20,3.0\n");
    Path policy = Files.writeString(dir.resolve("p.yaml"), "attendance_risk_below: 0.95\n");
    String html = report(screen(students, "--policy", policy.toString()));

    String top = html.substring(html.indexOf("<header"), html.indexOf("</header>"));
    assertThat(top).containsPattern("Screened \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC from ")
        .contains("<dt>Students screened</dt><dd>2</dd>", "<dt>Rows rejected</dt><dd>2</dd>",
            "<dt>Tier 1</dt><dd>50.0 %</dd>", "<dt>Tier 2</dt><dd>50.0 %</dd>",
            "<dt>Tiers 2-3</dt><dd>50.0 %</dd>", "2 of " + students,
            "<td>attendance_risk_below</td><td class=\"num\">0.9</td>"
                + "<td class=\"num\">0.95</td>")
        .doesNotContain("behavior_risk_suspension_days");
  }

  @Test
  void aRunWithTheDefaultPolicySaysSo() throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"), HEADER + "a,S,7,100,2,3.0\n");
    assertThat(report(screen(students))).contains("None: every policy key has its default "
        + "value.", "<dt>Rows rejected</dt><dd>0</dd>");
  }

  @Test
  void gradesRunFromKindergartenToTwelve() throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"), HEADER + "a,S,12,100,2,3.0\n"
        + "b,S,K,100,2,3.0\nc,S,10,100,2,3.0\nd,S,1,100,2,3.0\ne,S,2,100,2,3.0\n");
    JsonNode chart = charts(report(screen(students))).get("chartTiersByGrade");
    assertThat(labels(chart)).containsExactly("K", "1", "2", "10", "12");
    assertThat(chart.path("percent").asBoolean()).as("counts, whole-number ticks").isFalse();
  }

  @Test
  void theSchoolChartShowsTheFlaggedSchoolsByTier23ShareAndTheTableEverySchool()
      throws IOException {
    StringBuilder rows = new StringBuilder(HEADER);
    for (int i = 0; i < 4; i++) {
      rows.append("a").append(i).append(",CALM,7,100,2,3.0\n");
      rows.append("b").append(i).append(",SOME,7,100,").append(i < 2 ? 11 : 2).append(",3.0\n");
      rows.append("c").append(i).append(",MOST,7,100,").append(i < 3 ? 11 : 2).append(",3.0\n");
    }
    Path students = Files.writeString(dir.resolve("s.csv"), rows);
    Path out = screen(students);
    String html = report(out, "--schools-in-chart", "1");

    JsonNode chart = charts(html).get("chartTiersBySchool");
    assertThat(labels(chart)).containsExactly("MOST");
    assertThat(chart.path("horizontal").asBoolean()).isTrue();
    assertThat(chart.path("percent").asBoolean()).isTrue();
    assertThat(chart.at("/datasets/1/data/0").asDouble()).isEqualTo(75.0);
    assertThat(html).contains("2 of 3 schools have more than 20.0 %", "The chart shows the 1 "
        + "with the highest share");
    String table = html.substring(html.indexOf("id=\"check-80-15-5\""));
    table = table.substring(0, table.indexOf("</section>"));
    assertThat(cells(table, "<tr[^>]*><td>([^<]*)</td>")).containsExactly("MOST", "SOME", "CALM");
    assertThat(table).contains("<tr class=\"flag\"><td>SOME</td>", "<tr><td>CALM</td>");
    assertThat(charts(report(out)).get("chartTiersBySchool").path("labels"))
        .as("20 by default").hasSize(2);
  }

  @Test
  void partnersAreATableFullestFirstWithUnmetDemandAndServicesWithoutLimit() throws IOException {
    Path students = TestFiles.copy(DemoCommand.STUDENTS, dir, "students.csv");
    Path partners = TestFiles.copy(DemoCommand.PARTNERS, dir, "partners.csv");
    Path out = screen(students, "--partners", partners.toString());
    ObjectNode summary = (ObjectNode) JSON.readTree(out.resolve("summary.json").toFile());
    ((ObjectNode) summary.at("/partner_utilisation/SV-LIB-READ")).putNull("seats");
    JSON.writeValue(out.resolve("summary.json").toFile(), summary);
    long unmetReading = TestFiles.lines(out.resolve("unmet.csv")).stream()
        .filter(l -> l.split(",")[1].equals("reading")).count();
    String html = report(out);

    String table = html.substring(html.indexOf("<section id=\"partners\""));
    table = table.substring(0, table.indexOf("</section>"));
    List<String> shares = cells(table,
        "<td class=\"num\">[0-9,]+</td><td class=\"num\">([0-9.]+ %|no limit)</td>");
    assertThat(shares).hasSize(summary.path("partner_utilisation").size()).endsWith("no limit");
    List<Double> numbers = shares.stream().filter(s -> s.endsWith(" %"))
        .map(s -> Double.parseDouble(s.replace(" %", ""))).toList();
    assertThat(numbers).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(table).containsPattern("<tr><td>SV-LIB-READ</td><td>P-LIBRARY</td><td>Library"
        + "</td><td>Reading</td><td class=\"num\">no limit</td><td class=\"num\">\\d+</td>"
        + "<td class=\"num\">no limit</td><td class=\"num\">" + unmetReading + "</td></tr>");
    assertThat(charts(html).get("chartPartners").path("labels").toString())
        .doesNotContain("SV-LIB-READ");
  }

  @Test
  void everyChartHasATitleAndAxisTitlesAndLabelsAPersonReads() throws IOException {
    CliRunner generated = CliRunner.run("generate", "--students", "600", "--seed", "3",
        "--out", dir.resolve("district").toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    Path out = screen(dir.resolve("district/students.csv"), "--partners",
        dir.resolve("district/partners.csv").toString());
    String html = report(out, "--services-in-chart", "3");

    JsonNode charts = charts(html);
    assertThat(charts.size()).isEqualTo(6);
    charts.forEach(chart -> assertThat(List.of(chart.path("title").asText(),
        chart.path("categoryTitle").asText(), chart.path("valueTitle").asText()))
        .as(chart.toString()).allMatch(title -> !title.isBlank()));
    assertThat(labels(charts.get("chartNeeds"))).contains("Mental health", "Child care")
        .noneMatch(label -> label.contains("_"));
    assertThat(charts.get("chartPartners").path("labels")).hasSize(3);
    assertThat(charts.get("chartPartnersLeastUsed").path("labels")).hasSize(3);
    String equity = html.substring(html.indexOf("<section id=\"disproportionality\""));
    assertThat(cells(equity, "<td>(Tier[^<]*)</td>")).isNotEmpty()
        .allMatch(outcome -> outcome.equals("Tier 3") || outcome.equals("Tier 2-3"));
    assertThat(cells(equity, "<td class=\"num\">([^<]*)</td></tr>"))
        .allMatch(ratio -> ratio.matches("\\d+\\.\\d\\d|n/a: .*"));
  }

  @Test
  void aLimitOutOfRangeIsRefusedNamingItsOption() throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"), HEADER + "a,S,7,100,2,3.0\n");
    Path out = screen(students);
    CliRunner flag = CliRunner.run("report", "--in", out.toString(), "--out",
        dir.resolve("r.html").toString(), "--tier23-flag", "20");
    CliRunner schools = CliRunner.run("report", "--in", out.toString(), "--out",
        dir.resolve("r.html").toString(), "--schools-in-chart", "0");

    assertThat(flag.exitCode()).isEqualTo(2);
    assertThat(flag.err()).contains("--tier23-flag must be a share from 0 to 1, was 20.0");
    assertThat(schools.exitCode()).isEqualTo(2);
    assertThat(schools.err()).contains("--schools-in-chart and --services-in-chart must be 1 or "
        + "more, were 0 and 10");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  /**
   * tiers.csv and unmet.csv of 200,000 rows each, reported by a JVM of 64 MB: the files held in
   * memory would need several times that.
   */
  @Test
  void aReportOfManyStudentsReadsTheirFilesRowByRow() throws IOException, InterruptedException {
    Path students = TestFiles.copy(DemoCommand.STUDENTS, dir, "students.csv");
    Path partners = TestFiles.copy(DemoCommand.PARTNERS, dir, "partners.csv");
    Path out = screen(students, "--partners", partners.toString());
    int rows = 200_000;
    String header = TestFiles.lines(out.resolve("tiers.csv")).get(0);
    try (Writer tiers = Files.newBufferedWriter(out.resolve("tiers.csv"));
         Writer unmet = Files.newBufferedWriter(out.resolve("unmet.csv"))) {
      tiers.write(header + "\n");
      unmet.write("student_id,need,cause,suggested_partner_types\n");
      for (int i = 0; i < rows; i++) {
        String grade = i % 13 == 0 ? "K" : Integer.toString(i % 13);
        tiers.write("S" + i + ",SCH" + i % 300 + "," + grade + "," + (1 + i % 3) + ",risk,none,"
            + "none,,Chronic absence -> attendance support;Tier 2,2,rules,\n");
        unmet.write("S" + i + ",reading,capacity,volunteer;library\n");
      }
    }
    ObjectNode summary = (ObjectNode) JSON.readTree(out.resolve("summary.json").toFile());
    for (String file : List.of("tiers.csv", "unmet.csv")) {
      var fingerprint = OutputDirectory.Fingerprint.of(out.resolve(file));
      ((ObjectNode) summary.at("/run/files/" + file)).put("bytes", fingerprint.bytes())
          .put("crc32c", fingerprint.crc32c());
    }
    JSON.writeValue(out.resolve("summary.json").toFile(), summary);
    Path html = dir.resolve("big.html");
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        MtssCommand.class.getName(), "report", "--in", out.toString(), "--out", html.toString())
        .redirectErrorStream(true).start();
    String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(java.exitValue()).as(said).isZero();
    assertThat(Files.readString(html)).contains("<tr><td>K</td><td class=\"num\">15,385</td>",
        "<tr><td>Reading</td><td class=\"num\">200,000</td><td>Capacity 200,000</td>");
  }

  private Path screen(Path students, String... options) {
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("screen", "--students", students.toString(),
        "--out", out.toString()));
    args.addAll(List.of(options));
    CliRunner result = CliRunner.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isLessThan(2);
    return out;
  }

  private String report(Path out, String... options) throws IOException {
    Path html = dir.resolve("report.html");
    List<String> args = new ArrayList<>(List.of("report", "--in", out.toString(), "--out",
        html.toString()));
    args.addAll(List.of(options));
    CliRunner result = CliRunner.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return Files.readString(html, StandardCharsets.UTF_8);
  }

  /** Returns the charts of the page's data block. */
  static JsonNode charts(String html) throws IOException {
    String data = html.substring(html.indexOf("id=\"data\">") + "id=\"data\">".length());
    return JSON.readTree(data.substring(0, data.indexOf("</script>"))).path("charts");
  }

  private static List<String> labels(JsonNode chart) {
    List<String> labels = new ArrayList<>();
    chart.path("labels").forEach(label -> labels.add(label.asText()));
    return labels;
  }

  private static List<String> cells(String html, String regex) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex).matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
