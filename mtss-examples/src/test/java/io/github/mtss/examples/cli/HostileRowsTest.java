package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18, cases 12 to 15: hostile rows of students, overrides, progress and partners files.
 * Each row is used or reported in rejects.csv (or as a warning) at its own line with its id and
 * value, the exit code says so, and no students row is lost. Paths are shown relative to the
 * test's directory.
 */
class HostileRowsTest {
  private static final String STUDENTS = "student_id,school_id,grade_level,days_enrolled,"
      + "days_absent,gpa\ns1,S,9,100,5,3.0\ns2,S,9,100,5,3.0\n";
  private static final String NEEDS = "student_id,school_id,grade_level,needs\na,S,3,food\n";
  private static final String PARTNERS = "service_id,partner_id,partner_name,partner_type,"
      + "category,capacity,languages,schools\n";
  private static final String PLANS = "plan_id,student_id,intervention_id,owner,tier,start_date,"
      + "review_date,goal_metric,baseline,target,target_date\n"
      + "PL1,s1,RP,Ms. Ortiz,2,2026-09-07,2026-11-02,wcpm,20,50,2026-12-21\n";
  private static final String REJECTS = "line,student_id,column,problem,file,id,value";
  private static final List<String> SCREEN = List.of("screen", "--students", "s.csv",
      "--as-of", "2026-10-01", "--out", "out");
  private static final List<String> MATCH = List.of("screen", "--students", "s.csv",
      "--partners", "p.csv", "--out", "out");

  @TempDir Path dir;

  /**
   * One hostile input.
   *
   * @param name the case, as the issue words it
   * @param files each file's name and content
   * @param args the command line, file names relative to the test's directory
   * @param exit the exit code
   * @param rejects every row of rejects.csv after its header, in order
   * @param says what stdout and stderr must contain
   */
  record Case(String name, Map<String, String> files, List<String> args, int exit,
      List<String> rejects, List<String> says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("12: a row after empty lines is reported at its own line",
            Map.of("s.csv", STUDENTS.replace("s2,S,9,100,5,3.0\n",
                "\n\ns2,S,9,100,\"5,3.0\n\ns3,S,9,100,5,4.5\ns4,S,9,100,5,3.0\n")),
            SCREEN, 1, List.of(
                "5,s2,,\"row cannot be split into fields: unterminated quoted field (a \"\" "
                    + "opens and never closes)\",s.csv,s2,\"s2,S,9,100,\"\"5,3.0\"",
                "7,s3,gpa,gpa='4.5': must be between 0 and 4,s.csv,s3,4.5"),
            List.of("screened 2 of 4 rows (2 rejected)")),
        override("13: an override for a student the students file lacks",
            "s9,3,Mr. Kim,2026-09-01,moved", "2,s9,student_id,student_id='s9': no student of this "
                + "id was screened; the override is not used,o.csv,s9,s9"),
        override("13: an override decided after the day of the screen",
            "s1,3,Mr. Kim,2026-11-01,later", "2,s1,decided_on,decided_on='2026-11-01': after "
                + "the day of the screen (2026-10-01); the override is not used,o.csv,s1,"
                + "2026-11-01"),
        new Case("13: progress points before the start, after --as-of, twice on one day",
            Map.of("plans.csv", PLANS, "progress.csv", "plan_id,date,value\n"
                + "PL1,2026-09-14,22\nPL1,2026-09-01,20\nPL1,2026-12-01,40\nPL1,2026-09-14,23\n"),
            List.of("progress", "--plans", "plans.csv", "--progress", "progress.csv",
                "--as-of", "2026-11-20", "--out", "out"), 1, List.of(
                "3,s1,date,date='2026-09-01': before the plan starts (2026-09-07); not used,"
                    + "progress.csv,PL1,2026-09-01",
                "4,s1,date,date='2026-12-01': after the day of the review (2026-11-20); "
                    + "not used,progress.csv,PL1,2026-12-01",
                "5,s1,date,date='2026-09-14': a second point of this plan on this day; the "
                    + "point on line 2 is used,progress.csv,PL1,2026-09-14"),
            List.of("reviewed 1 plans")),
        new Case("14: a later row naming a partner otherwise keeps its service",
            Map.of("s.csv", NEEDS, "p.csv", PARTNERS + "A,P1,Pantry,community_based,food,0,,\n"
                + "B,P1,Other name,community_based,food,1,,\n"),
            MATCH, 1, List.of(
                "3,,partner_id,partner_id='P1': partner listed on line 2 as Pantry "
                    + "(community_based) and here as Other name (community_based); the service "
                    + "is kept with the definition of line 2,p.csv,B,P1"),
            List.of("(1 rejected: 0 of s.csv, 1 of p.csv)")),
        new Case("14: a later row with no partner name is the partner's first definition",
            Map.of("s.csv", NEEDS, "p.csv", PARTNERS + "A,P1,Pantry,community_based,food,0,,\n"
                + "B,P1,,community_based,food,1,,\n"),
            MATCH, 0, List.of(), List.of("(0 rejected)")),
        new Case("14: a service naming a school no student attends is warned of",
            Map.of("s.csv", NEEDS, "p.csv", PARTNERS + "F,P,Pantry,community_based,food,1,,X;S\n"),
            MATCH, 0, List.of(), List.of("p.csv:2: warning: schools='X': no student of s.csv is "
                + "at this school, so service F is never offered there")),
        new Case("14: empty languages and schools cells mean any language and every school",
            Map.of("s.csv", NEEDS.replace("needs\n", "needs,home_language\n")
                .replace("food\n", "food,es\n"),
                "p.csv", PARTNERS + "F,P,Pantry,community_based,food,1,,\n"),
            MATCH, 0, List.of(), List.of("(0 rejected)")),
        new Case("15: a partner row's reject names its service and its value",
            Map.of("s.csv", NEEDS, "p.csv", PARTNERS + "D,P3,Club,library,food,-1,,\n"),
            MATCH, 1, List.of("2,,capacity,capacity='-1': must not be negative,p.csv,D,-1"),
            List.of("(1 rejected: 0 of s.csv, 1 of p.csv)")));
  }

  /** A screen with one overrides row, rejected as {@code reject}. */
  private static Case override(String name, String row, String reject) {
    return new Case(name, Map.of("s.csv", STUDENTS, "o.csv",
        "student_id,tier,decided_by,decided_on,reason\n" + row + "\n"),
        with(SCREEN, "--overrides", "o.csv"), 1, List.of(reject),
        List.of("(1 rejected: 0 of s.csv, 1 of o.csv)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyHostileRowIsUsedOrReportedAtItsLine(Case hostile) throws IOException {
    for (Map.Entry<String, String> file : hostile.files().entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    CliRunner result = CliRunner.run(hostile.args().stream()
        .map(arg -> arg.endsWith(".csv") || arg.equals("out") ? dir.resolve(arg).toString() : arg)
        .toArray(String[]::new));

    String said = relative(result.out() + result.err());
    assertThat(result.exitCode()).as(said).isEqualTo(hostile.exit());
    assertThat(said).contains(hostile.says()).doesNotContain("Exception");
    List<String> rejects = new ArrayList<>(List.of(REJECTS));
    rejects.addAll(hostile.rejects());
    assertThat(TestFiles.lines(dir.resolve("out/rejects.csv")).stream().map(this::relative))
        .containsExactlyElementsOf(rejects);
    if (hostile.args().get(0).equals("screen")) {
      assertNoStudentLost();
    }
  }

  @Test
  void emptyLanguagesAndSchoolsCellsServeAStudentOfAnyLanguageAndSchool() throws IOException {
    everyHostileRowIsUsedOrReportedAtItsLine(cases()
        .filter(hostile -> hostile.name().startsWith("14: empty")).findFirst().orElseThrow());
    assertThat(TestFiles.lines(dir.resolve("out/recommendations.csv")))
        .anyMatch(row -> row.startsWith("a,food,F,P,"));
  }

  /** Each students row is in tiers.csv or rejects.csv, and in one only. */
  private void assertNoStudentLost() throws IOException {
    long rows = TestFiles.lines(dir.resolve("s.csv")).stream().skip(1)
        .filter(line -> !line.isEmpty()).count();
    long screened = TestFiles.lines(dir.resolve("out/tiers.csv")).size() - 1L;
    long rejected = TestFiles.lines(dir.resolve("out/rejects.csv")).stream()
        .filter(line -> line.contains(",s.csv,") || line.contains("/s.csv,"))
        .map(line -> line.split(",")[0]).distinct().count();
    assertThat(screened + rejected).isEqualTo(rows);
  }

  private String relative(String text) {
    return text.replace(dir + "/", "");
  }

  private static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }
}
