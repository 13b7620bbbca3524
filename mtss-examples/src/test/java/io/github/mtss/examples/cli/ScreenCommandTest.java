package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code screen} command end to end, as a district data team would run it. */
class ScreenCommandTest {
  private static final String HEADER = "student_id,school_id,grade_level,days_enrolled,"
      + "days_absent,gpa";

  @TempDir Path dir;

  @Test
  void writesTiersRejectsAndSummaryForAValidFile() throws IOException {
    Path students = fixture();
    CliRunner result = CliRunner.run("screen", "--students", students.toString(),
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path out = dir.resolve("out");
    List<String> tiers = lines(out.resolve("tiers.csv"));
    assertThat(tiers.get(0)).isEqualTo(
        "student_id,school_id,grade_level,tier,attendance,behavior,coursework,flags,reasons,"
            + "screened_tier,tier_source,note");
    assertThat(tiers).hasSize(11);
    List<String> ids = tiers.stream().skip(1).map(l -> l.split(",")[0]).toList();
    assertThat(ids).isSorted().contains("S001", "S010");
    assertThat(lines(out.resolve("rejects.csv"))).containsExactly(
        "line,student_id,column,problem,file,id,value");
    assertThat(row(tiers, "S003")).startsWith("S003,E1,5,3,severe,none,severe,retained,");
    assertThat(row(tiers, "S001")).startsWith("S001,H1,9,3,none,severe,none,");
    assertThat(row(tiers, "S006")).startsWith("S006,H1,9,2,none,none,risk,");
    assertThat(row(tiers, "S008")).contains("Attendance not evaluated")
        .startsWith("S008,H1,11,1,none,none,none,");

    List<String> family = lines(out.resolve("family.csv"));
    assertThat(family.get(0)).isEqualTo(
        "student_id,language,contact_windows,plain_language,actions,reasons");
    assertThat(row(family, "S002")).isEqualTo(
        "S002,es,evening;weekend,true,"
            + "family_meeting;interpreter;plain_language_materials;translated_materials,"
            + "Home language differs -> interpreter and translated materials;"
            + "Literacy support requested -> plain-language materials;Tier 3 -> family meeting");
    assertThat(row(family, "S001")).isEqualTo(
        "S001,en,weekday,false,family_meeting;freshman_transition,"
            + "First year of high school -> freshman transition outreach;"
            + "Tier 3 -> family meeting");

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.at("/input/rows_read").asInt()).isEqualTo(10);
    assertThat(summary.at("/tiers/1").asInt() + summary.at("/tiers/2").asInt()
        + summary.at("/tiers/3").asInt()).isEqualTo(10);
    assertThat(summary.at("/rule_set/sha256").asText()).hasSize(64);
    assertThat(summary.at("/policy/attendance_risk_below").asDouble()).isEqualTo(0.90);
    assertThat(summary.at("/indicators/attendance/not_evaluated").asInt()).isEqualTo(1);
  }

  @Test
  void hostileFileLosesNoRow() throws IOException {
    Path students = write("hostile.csv", "\uFEFF" + HEADER + "\n"
        + "a1,S,9,100,5,3.0\n"            // 2 fine
        + "a2,S,13,100,5,3.0\n"           // 3 unknown grade
        + "a3,S,9,ten,5,3.0\n"            // 4 not a number
        + "a1,S,9,100,5,3.0\n"            // 5 duplicate id
        + "a4,S,9,100,5,4.5\n"            // 6 gpa out of range
        + "a5,S,9,100,200,3.0\n"          // 7 absent > enrolled
        + "a6,S,9,100\n"                  // 8 too few fields
        + "a7,S,9,100,\"5\"x,3.0\n"       // 9 text after closing quote
        + "a8,S,9,100,-1,3.0\n"           // 10 negative
        + "a9,S,9,100,5,3.0\n"            // 11 fine
        + "\"b1,S,9,100,5,3.0\n"          // 12 unterminated quote: this row only
        + "b2,S,9,100,5,3.0\n");          // 13 fine: reading resumes after the bad row
    CliRunner result = CliRunner.run("screen", "--students", students.toString(),
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("see rejects.csv");
    List<String> tiers = lines(dir.resolve("out/tiers.csv"));
    List<String> rejects = lines(dir.resolve("out/rejects.csv"));
    Set<Long> rejectedLines = rejects.stream().skip(1)
        .map(l -> Long.parseLong(l.split(",")[0])).collect(Collectors.toCollection(TreeSet::new));
    assertThat(tiers.stream().skip(1).map(l -> l.split(",")[0])).containsExactly("a1", "a9", "b2");
    assertThat(rejectedLines).doesNotContain(2L, 11L, 13L);
    assertThat(rejectedLines.size() + tiers.size() - 1).as("every data row accounted for")
        .isEqualTo(12);
    assertThat(rejectedLines).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L);
    assertThat(String.join("\n", rejects))
        .contains("3,a2,grade_level,", "'13'")
        .contains("4,a3,days_enrolled,days_enrolled='ten': not a whole number")
        .contains("5,a1,student_id,", "duplicate")
        .contains("6,a4,gpa,gpa='4.5'")
        .contains("7,a5,days_absent,", "must not exceed days_enrolled (100)")
        .contains("8,a6,,\"row has 4 fields, the header has 6\"")
        .contains("9,a7,,\"row cannot be split")
        .contains("10,a8,days_absent,", "must not be negative")
        .contains("12,b1,,\"row cannot be split into fields: unterminated quoted field");
  }

  @Test
  void emptyFileIsAUsageErrorAndWritesNothing() throws IOException {
    Path students = write("empty.csv", "");
    CliRunner result = CliRunner.run("screen", "--students", students.toString(),
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("empty.csv:1: empty file");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAtTheLineOfTheBadBytes() throws IOException {
    Path students = dir.resolve("latin1.csv");
    Files.write(students, (HEADER + "\ns1,S,9,100,5,3.0\ns2,Sch\u00f6n,9,100,5,3.0\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    CliRunner result = CliRunner.run("screen", "--students", students.toString(),
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("latin1.csv:3: not UTF-8 text");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void headerOnlyFileGivesEmptyOutputs() throws IOException {
    Path students = write("header.csv", HEADER + "\r\n");
    CliRunner result = CliRunner.run("screen", "--students", students.toString(),
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(lines(dir.resolve("out/tiers.csv"))).hasSize(1);
    assertThat(lines(dir.resolve("out/rejects.csv"))).hasSize(1);
  }

  @Test
  void missingRequiredColumnNamesIt() throws IOException {
    Path students = write("nogrades.csv", "student_id,school_id\ns1,A\n");
    CliRunner result = CliRunner.run("screen", "--students", students.toString(),
        "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nogrades.csv:1:", "grade_level");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void missingOptionsAndFilesAreUsageErrors() {
    assertThat(CliRunner.run("screen", "--out", dir.toString()).exitCode()).isEqualTo(2);
    CliRunner missing = CliRunner.run("screen", "--students", dir.resolve("nope.csv").toString(),
        "--out", dir.resolve("out").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.csv: no such file");
    assertThat(CliRunner.run("screen", "--help").out()).contains("--students", "--threads");
  }

  @Test
  void outputIsByteIdenticalForOneAndFourThreadsAndShuffledInput() throws IOException {
    Path demo = TestFiles.copy(DemoCommand.STUDENTS, dir, "demo.csv");
    List<String> rows = new ArrayList<>(lines(demo));
    List<String> body = new ArrayList<>(rows.subList(1, rows.size()));
    Collections.shuffle(body, new Random(7));
    Path shuffled = write("shuffled.csv", rows.get(0) + "\n" + String.join("\n", body) + "\n");

    CliRunner.run("screen", "--students", demo.toString(), "--threads", "1", "--out",
        dir.resolve("one").toString());
    CliRunner.run("screen", "--students", demo.toString(), "--threads", "4", "--out",
        dir.resolve("four").toString());
    CliRunner.run("screen", "--students", shuffled.toString(), "--threads", "3", "--out",
        dir.resolve("shuffled").toString());

    byte[] one = Files.readAllBytes(dir.resolve("one/tiers.csv"));
    assertThat(lines(dir.resolve("one/tiers.csv"))).hasSize(401);
    assertThat(dir.resolve("four/tiers.csv")).hasBinaryContent(one);
    assertThat(dir.resolve("shuffled/tiers.csv")).hasBinaryContent(one);
  }

  @Test
  void policyFileChangesCutPointsAndBadPolicyStopsBeforeOutput() throws IOException {
    Path students = write("s.csv", HEADER + "\ns1,S,9,100,11,3.0\n");
    Path lenient = write("lenient.yaml", "# chronic absence from 12 %\nattendance_risk_below: 0.88\n");
    CliRunner result = CliRunner.run("screen", "--students", students.toString(),
        "--policy", lenient.toString(), "--out", dir.resolve("out").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(row(lines(dir.resolve("out/tiers.csv")), "s1")).startsWith("s1,S,9,1,none,");

    Path broken = write("broken.yaml", "attendance_risk_below: 0.88\nattendance_risk_belwo: 1\n");
    CliRunner refused = CliRunner.run("screen", "--students", students.toString(),
        "--policy", broken.toString(), "--out", dir.resolve("out2").toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("broken.yaml:2:1: unknown policy key 'attendance_risk_belwo'");
    assertThat(dir.resolve("out2")).doesNotExist();
  }

  @Test
  void anOutputDirectoryHoldingOtherFilesIsRefusedUntouched() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.writeString(out.resolve("tiers.csv"), "stale");
    Path students = write("s.csv", HEADER + "\ns1,S,9,100,11,3.0\n");

    CliRunner result = CliRunner.run("screen", "--students", students.toString(), "--out",
        out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("error: " + out.toAbsolutePath()
        + ": holds notes.txt, which is not one of this command's outputs");
    assertThat(out.resolve("notes.txt")).hasContent("mine");
    assertThat(out.resolve("tiers.csv")).hasContent("stale");
    try (var listing = Files.list(out)) {
      assertThat(listing).hasSize(2);
    }
  }

  @Test
  void overridesAreRespectedAndRecordedInTheTierHistory() throws IOException {
    Path students = write("s.csv", HEADER + "\ns1,S,9,100,12,3.0\ns2,S,9,100,1,3.0\n");
    Path overrides = write("overrides.csv", "student_id,tier,decided_by,decided_on,reason,expires\n"
        + "s1,1,Ms. Lopez (counselor),2026-09-01,absences were a hospital stay,2026-12-31\n"
        + "s2,3,Mr. Kim,2026-09-01,old override,2026-09-30\n"
        + "s3,5,Mr. Kim,2026-09-01,bad tier,\n");
    CliRunner first = CliRunner.run("screen", "--students", students.toString(), "--overrides",
        overrides.toString(), "--as-of", "2026-10-01", "--out", dir.resolve("one").toString());

    assertThat(first.exitCode()).as("the bad override row is rejected").isEqualTo(1);
    List<String> tiers = lines(dir.resolve("one/tiers.csv"));
    assertThat(row(tiers, "s1")).startsWith("s1,S,9,1,risk,").endsWith(
        ",2,override,override by Ms. Lopez (counselor) on 2026-09-01: absences were a hospital "
            + "stay");
    assertThat(row(tiers, "s2")).as("expired override").startsWith("s2,S,9,1,").endsWith(",1,rules,");
    assertThat(lines(dir.resolve("one/rejects.csv")))
        .anyMatch(l -> l.startsWith("4,s3,tier,") && l.endsWith(overrides + ",s3,5"));
    assertThat(lines(dir.resolve("one/tier_history.csv"))).containsExactly(
        "student_id,date,tier,screened_tier,source,note",
        "s1,2026-10-01,1,2,override,override by Ms. Lopez (counselor) on 2026-09-01: absences "
            + "were a hospital stay",
        "s2,2026-10-01,1,1,rules,");

    CliRunner second = CliRunner.run("screen", "--students", students.toString(), "--history",
        dir.resolve("one/tier_history.csv").toString(), "--as-of", "2027-01-15", "--out",
        dir.resolve("two").toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(lines(dir.resolve("two/tier_history.csv"))).as("only changes are added")
        .hasSize(4).contains("s1,2027-01-15,2,2,rules,");
  }

  private Path fixture() throws IOException {
    return TestFiles.copy("/fixtures/students.csv", dir, "students.csv");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<String> lines(Path file) throws IOException {
    return TestFiles.lines(file);
  }

  private static String row(List<String> lines, String studentId) {
    return lines.stream().filter(l -> l.startsWith(studentId + ",")).findFirst().orElseThrow();
  }
}
