package io.github.mtss.interop.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** days_enrolled and days_absent at the boundaries of their rules. */
class AttendanceRulesTest {
  private static final String S = EdFiFixture.SCHOOL;
  @TempDir
  Path dir;

  private Map<String, String> importOne(EdFiFixture fixture, String asOf) throws Exception {
    EdFiFixture.run(fixture.write(dir.resolve("in")), asOf, dir.resolve("out"));
    return EdFiFixture.rows(dir.resolve("out/students.csv")).get("1");
  }

  private static EdFiFixture september() {
    return new EdFiFixture().fallSession().weekdays(S, "2021-09-01", "2021-09-30")
        .enrolment("1", S, "2021-09-01", null, "Ninth grade");
  }

  @Test
  void daysEnrolledAreTheCalendarsInstructionalDaysOfTheEnrolmentUpToTheImportDay()
      throws Exception {
    assertThat(importOne(september(), "2021-09-10")).containsEntry("days_enrolled", "8")
        .containsEntry("days_absent", "0").containsEntry("school_moves", "0")
        .containsEntry("grade_level", "9");
  }

  @Test
  void anAbsenceOnANonInstructionalDayIsIgnoredAndCounted() throws Exception {
    EdFiFixture fixture = september()
        .schoolEvent("1", S, "2021-09-04", "Unexcused Absence", null)
        .schoolEvent("1", S, "2021-09-06", "Excused Absence", null);
    assertThat(importOne(fixture, "2021-09-30")).containsEntry("days_absent", "1");
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/import-summary.json")
        .toFile()).path("resources").path("studentSchoolAttendanceEvents");
    assertThat(summary.path("used").asLong()).isEqualTo(1);
    assertThat(summary.path("ignoredBecause").path("not an instructional day").asLong())
        .isEqualTo(1);
  }

  @Test
  void explainingAStudentNamesTheRecordsBehindEachValue() throws Exception {
    Path in = september().schoolEvent("1", S, "2021-09-04", "Unexcused Absence", null)
        .schoolEvent("1", S, "2021-09-06", "Excused Absence", 0.5).write(dir.resolve("in"));
    EdFiImportResult result = EdFiImport.builder().asOf(java.time.LocalDate.parse("2021-09-30"))
        .explain("1").build().run(java.util.List.of(in), dir.resolve("out"));
    String events = in.resolve("studentSchoolAttendanceEvents.json").toString();
    assertThat(result.explanation()).anySatisfy(line -> assertThat(line).startsWith(
            "ignored studentSchoolAttendanceEvents " + events + ":").endsWith(
            ": not an instructional day"))
        .anySatisfy(line -> assertThat(line).startsWith("days_absent: "
            + "studentSchoolAttendanceEvents " + events + ":").endsWith(
            "2021-09-06 absent 0.5 day"))
        .anySatisfy(line -> assertThat(line).startsWith("days_enrolled: 22 from 1 enrolment"));
  }

  @Test
  void aHalfDayCountsHalfAndADayCountsOnceAtItsLargestDuration() throws Exception {
    EdFiFixture fixture = september()
        .schoolEvent("1", S, "2021-09-07", "Excused Absence", 0.5)
        .schoolEvent("1", S, "2021-09-08", "Excused Absence", 0.5)
        .schoolEvent("1", S, "2021-09-08", "Unexcused Absence", 1.0)
        .schoolEvent("1", S, "2021-09-09", "Tardy", null);
    assertThat(importOne(fixture, "2021-09-30")).containsEntry("days_absent", "1.5");
  }

  @Test
  void aHomeroomOnlyAbsenceIsAWholeDayAndOtherSectionsDoNotCount() throws Exception {
    EdFiFixture fixture = september().sectionAssociation("1", "HR1", true)
        .sectionAssociation("1", "MATH", false)
        .sectionEvent("1", "HR1", "2021-09-07", "Unexcused Absence")
        .sectionEvent("1", "MATH", "2021-09-08", "Unexcused Absence")
        .sectionEvent("1", "HR1", "2021-09-09", "Excused Absence")
        .schoolEvent("1", S, "2021-09-09", "Excused Absence", 0.25)
        .sectionEvent("1", "HR1", "2021-09-10", "Tardy");
    assertThat(importOne(fixture, "2021-09-30")).containsEntry("days_absent", "1.25");
  }

  @Test
  void twoEnrolmentsAddTheirDaysAndTheLaterGivesTheSchool() throws Exception {
    String other = "255901044";
    EdFiFixture fixture = new EdFiFixture().fallSession().weekdays(S, "2021-09-01", "2021-09-30")
        .session(other, "Fall", "2021-08-23", "2021-12-17", 80)
        .weekdays(other, "2021-09-01", "2021-09-30")
        .enrolment("1", S, "2021-09-01", "2021-09-10", "Ninth grade")
        .enrolment("1", other, "2021-09-13", null, "Eighth grade")
        .schoolEvent("1", S, "2021-09-14", "Unexcused Absence", null)
        .schoolEvent("1", other, "2021-09-14", "Unexcused Absence", null);
    assertThat(importOne(fixture, "2021-09-17")).containsEntry("school_id", other)
        .containsEntry("grade_level", "8").containsEntry("school_moves", "1")
        .containsEntry("days_enrolled", "13").containsEntry("days_absent", "1");
  }

  @Test
  void aStudentWhoExitedBeforeTheImportDayKeepsTheLastEnrolmentUpToTheExit()
      throws Exception {
    EdFiFixture fixture = new EdFiFixture().fallSession()
        .weekdays(S, "2021-09-01", "2021-09-30")
        .enrolment("1", S, "2021-09-01", "2021-09-03", "Ninth grade")
        .schoolEvent("1", S, "2021-09-02", "Unexcused Absence", null)
        .schoolEvent("1", S, "2021-09-07", "Unexcused Absence", null);
    assertThat(importOne(fixture, "2021-09-30")).containsEntry("school_id", S)
        .containsEntry("days_enrolled", "3").containsEntry("days_absent", "1");
  }

  @Test
  void aSessionWhoseCalendarListsNoDayCountsItsTotalProratedByWeekdaysHalfUp()
      throws Exception {
    // Fall: 85 weekdays from 2021-08-23 to 2021-12-17; 80 instructional days in total.
    EdFiFixture fixture = new EdFiFixture().fallSession()
        .enrolment("1", S, "2021-08-23", null, "Ninth grade")
        .schoolEvent("1", S, "2021-08-28", "Unexcused Absence", null)
        .schoolEvent("1", S, "2021-08-30", "Unexcused Absence", null);
    // 2021-08-23..2021-09-03: 10 weekdays -> 80 * 10 / 85 = 9.41 -> 9
    assertThat(importOne(fixture, "2021-09-03")).containsEntry("days_enrolled", "9")
        .containsEntry("days_absent", "1");
    // 2021-08-23..2021-10-08: 35 weekdays -> 80 * 35 / 85 = 32.94 -> 33
    assertThat(importOne(fixture, "2021-10-08")).containsEntry("days_enrolled", "33");
    // after the session: whole
    assertThat(importOne(fixture, "2021-12-17")).containsEntry("days_enrolled", "80");
  }

  @Test
  void preKindergartenIsRejectedNamingTheLevel() throws Exception {
    EdFiFixture fixture = september().enrolment("2", S, "2021-09-01", null, "Prekindergarten");
    EdFiImportResult result = EdFiFixture.run(fixture.write(dir.resolve("in")), "2021-09-30",
        dir.resolve("out"));
    assertThat(result.studentsWritten()).isEqualTo(1);
    assertThat(EdFiFixture.records(dir.resolve("out/import-rejects.csv")))
        .singleElement().satisfies(r -> {
          assertThat(r.get("student_id")).isEqualTo("2");
          assertThat(r.get("resource")).isEqualTo("studentSchoolAssociations");
          assertThat(r.get("problem")).contains("'Prekindergarten'");
        });
  }
}
