package io.github.mtss.interop.edfi;

import static io.github.mtss.interop.edfi.EdFiFixture.descriptor;
import static io.github.mtss.interop.edfi.EdFiFixture.map;
import static io.github.mtss.interop.edfi.EdFiFixture.school;
import static io.github.mtss.interop.edfi.EdFiFixture.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suspensions, incidents, grades, GPA, screeners and home language at their boundaries. */
class OutcomeRulesTest {
  private static final String S = EdFiFixture.SCHOOL;
  private static final long SCHOOL_ID = Long.parseLong(S);
  @TempDir
  Path dir;

  private static EdFiFixture enrolled() {
    return new EdFiFixture().fallSession().weekdays(S, "2021-08-23", "2021-12-17")
        .enrolment("1", S, "2021-08-23", null, "Tenth grade");
  }

  private Map<String, String> importOne(EdFiFixture fixture) throws Exception {
    EdFiFixture.run(fixture.write(dir.resolve("in")), "2021-11-30", dir.resolve("out"));
    return EdFiFixture.rows(dir.resolve("out/students.csv")).get("1");
  }

  private static void incident(EdFiFixture f, String id, String date) {
    f.add("disciplineIncidents", map("incidentIdentifier", id, "incidentDate", date,
        "schoolReference", school(S)));
  }

  private static void behavior(EdFiFixture f, String incident, String code) {
    f.add("studentDisciplineIncidentBehaviorAssociations", map("studentReference", student("1"),
        "disciplineIncidentReference", map("incidentIdentifier", incident, "schoolId",
            SCHOOL_ID), "behaviorDescriptor", descriptor("Behavior", code)));
  }

  @Test
  void anIncidentWithOneMajorAndOneMinorBehaviourIsOneMajorIncident() throws Exception {
    EdFiFixture f = enrolled();
    incident(f, "10", "2021-10-01");
    incident(f, "11", "2021-10-02");
    incident(f, "12", "2021-12-01");
    behavior(f, "10", "School Code of Conduct");
    behavior(f, "10", "State Offense");
    behavior(f, "11", "School Violation");
    behavior(f, "12", "State Offense");
    assertThat(importOne(f)).containsEntry("incidents_major", "1")
        .containsEntry("incidents_minor", "1");
  }

  private static void action(EdFiFixture f, String date, String discipline, Double length,
      Double actual) {
    Map<String, Object> body = map("disciplineActionIdentifier", date + discipline,
        "disciplines", List.of(map("disciplineDescriptor", descriptor("Discipline",
            discipline))), "disciplineDate", date, "studentReference", student("1"),
        "responsibilitySchoolReference", school(S), "disciplineActionLength", length);
    if (actual != null) {
      body.put("actualDisciplineActionLength", actual);
    }
    f.add("disciplineActions", body);
  }

  @Test
  void outOfSchoolSuspensionsAddTheirActualLengthInTheYearUpToTheImportDay() throws Exception {
    EdFiFixture f = enrolled();
    action(f, "2021-09-10", "Out of School Suspension", 3.0, 2.0);
    action(f, "2021-09-20", "Out of School Suspension", 1.5, null);
    action(f, "2021-09-21", "In School Suspension", 5.0, null);
    action(f, "2021-12-10", "Out of School Suspension", 4.0, null);
    assertThat(importOne(f)).containsEntry("suspension_days", "3.5")
        .containsEntry("days_absent", "3.5");
  }

  @Test
  void aMappingFileCanCountExpulsionAsASuspension() throws Exception {
    EdFiFixture f = enrolled();
    action(f, "2021-09-10", "Expulsion", 10.0, null);
    Path mapping = Files.writeString(dir.resolve("mapping.json"),
        "{\"suspensionDisciplines\": [\"Out of School Suspension\", \"Expulsion\"]}");
    EdFiImport.builder().asOf(LocalDate.parse("2021-11-30")).mappingFile(mapping).build()
        .run(List.of(f.write(dir.resolve("in"))), dir.resolve("out"));
    assertThat(EdFiFixture.rows(dir.resolve("out/students.csv")).get("1"))
        .containsEntry("suspension_days", "10");
  }

  private static void gradingPeriods(EdFiFixture f) {
    f.add("gradingPeriods", map("schoolReference", school(S), "gradingPeriodDescriptor",
        descriptor("GradingPeriod", "First Six Weeks"), "gradingPeriodName", "GP1",
        "periodSequence", 1, "schoolYearTypeReference", map("schoolYear", 2022),
        "beginDate", "2021-08-23", "endDate", "2021-10-01"));
    f.add("gradingPeriods", map("schoolReference", school(S), "gradingPeriodDescriptor",
        descriptor("GradingPeriod", "Second Six Weeks"), "gradingPeriodName", "GP2",
        "periodSequence", 2, "schoolYearTypeReference", map("schoolYear", 2022),
        "beginDate", "2021-10-04", "endDate", "2021-11-12"));
    for (String[] course : new String[][] {{"ALG-1", "Mathematics"},
        {"ENG-1", "English Language Arts"}, {"ART-1", "Fine and Performing Arts"}}) {
      f.add("courses", map("courseCode", course[0], "educationOrganizationReference",
          map("educationOrganizationId", SCHOOL_ID), "academicSubjects", List.of(map(
              "academicSubjectDescriptor", descriptor("AcademicSubject", course[1])))));
      f.add("courseOfferings", map("localCourseCode", course[0], "schoolReference", school(S),
          "sessionReference", map("schoolId", SCHOOL_ID, "schoolYear", 2022, "sessionName",
              "Fall"), "courseReference", map("courseCode", course[0],
              "educationOrganizationId", SCHOOL_ID)));
    }
  }

  private static void grade(EdFiFixture f, String course, String period, Object numeric,
      String letter) {
    Map<String, Object> body = map("gradeTypeDescriptor", descriptor("GradeType",
        "Grading Period"), "studentSectionAssociationReference", map("beginDate", "2021-08-23",
        "localCourseCode", course, "schoolId", SCHOOL_ID, "schoolYear", 2022,
        "sectionIdentifier", course + "-1", "sessionName", "Fall", "studentUniqueId", "1"),
        "gradingPeriodReference", map("gradingPeriodDescriptor", descriptor("GradingPeriod",
            period.equals("GP1") ? "First Six Weeks" : "Second Six Weeks"),
            "gradingPeriodName", period, "schoolId", SCHOOL_ID, "schoolYear", 2022));
    if (numeric != null) {
      body.put("numericGradeEarned", numeric);
    }
    if (letter != null) {
      body.put("letterGradeEarned", letter);
    }
    f.add("grades", body);
  }

  @Test
  void aNumericGradeFailsBelowSixtyInTheLatestGradingPeriodOnly() throws Exception {
    EdFiFixture f = enrolled();
    gradingPeriods(f);
    grade(f, "ALG-1", "GP2", 59.99, null);
    grade(f, "ENG-1", "GP2", 60, null);
    grade(f, "ART-1", "GP2", 75, "F");
    grade(f, "ENG-1", "GP1", 10, null);
    assertThat(importOne(f)).containsEntry("f_math", "1").containsEntry("f_ela", "0")
        .containsEntry("f_other", "1");
  }

  @Test
  void aStudentWithNoGradeInTheLatestPeriodHasUnknownFailingCounts() throws Exception {
    EdFiFixture f = enrolled();
    gradingPeriods(f);
    grade(f, "ALG-1", "GP1", 20, null);
    assertThat(importOne(f)).containsEntry("f_math", "").containsEntry("f_ela", "")
        .containsEntry("f_other", "");
  }

  private static Map<String, Object> average(String type, boolean cumulative, double value,
      Integer maximum) {
    Map<String, Object> average = map("gradePointAverageTypeDescriptor",
        descriptor("GradePointAverageType", type), "isCumulative", cumulative,
        "gradePointAverageValue", value);
    if (maximum != null) {
      average.put("maxGradePointAverageValue", maximum);
    }
    return average;
  }

  private static EdFiFixture fallRecord(List<Map<String, Object>> averages) {
    return enrolled().add("studentAcademicRecords", map("studentReference", student("1"),
        "educationOrganizationReference", map("educationOrganizationId", SCHOOL_ID),
        "schoolYearTypeReference", map("schoolYear", 2022), "termDescriptor",
        descriptor("Term", "Fall Semester"), "gradePointAverages", averages));
  }

  @Test
  void gpaIsTheLatestEndedTermsNonCumulativeUnweightedAverageScaledToFour() throws Exception {
    EdFiFixture f = fallRecord(List.of(average("Weighted", false, 4.5, 5),
        average("Unweighted", true, 2.0, null), average("Unweighted", false, 3.0, 5)));
    EdFiImport.builder().asOf(LocalDate.parse("2021-12-20")).schoolYear(2022).build()
        .run(List.of(f.write(dir.resolve("in"))), dir.resolve("out"));
    assertThat(EdFiFixture.rows(dir.resolve("out/students.csv")).get("1"))
        .containsEntry("gpa", "2.4");
  }

  @Test
  void aTermNotEndedByTheImportDayGivesNoGpa() throws Exception {
    assertThat(importOne(fallRecord(List.of(average("Unweighted", false, 3.0, null)))))
        .containsEntry("gpa", "");
  }

  private static void assessment(EdFiFixture f, String date, String method, String result) {
    f.add("studentAssessments", map("studentAssessmentIdentifier", date,
        "assessmentReference", map("assessmentIdentifier", "READ", "namespace", "uri://x"),
        "studentReference", student("1"), "administrationDate", date + "T09:00:00",
        "scoreResults", List.of(map("assessmentReportingMethodDescriptor",
            descriptor("AssessmentReportingMethod", method), "result", result))));
  }

  @Test
  void readingPctIsTheLatestPercentileOfAReadingScreenerUpToTheImportDay() throws Exception {
    EdFiFixture f = enrolled();
    f.add("assessments", map("assessmentIdentifier", "READ", "namespace", "uri://x",
        "academicSubjects", List.of(map("academicSubjectDescriptor",
            descriptor("AcademicSubject", "Reading")))));
    assessment(f, "2021-09-01", "Percentile", "20");
    assessment(f, "2021-10-01", "Percentile rank", "35");
    assessment(f, "2021-10-15", "National College-Bound Percentile", "90");
    assessment(f, "2021-12-15", "Percentile", "80");
    assertThat(importOne(f)).containsEntry("reading_pct", "35").containsEntry("math_pct", "");
  }

  @Test
  void homeLanguageTurnsIso6392IntoIso6391AndEquityColumnsAreFilled() throws Exception {
    EdFiFixture f = enrolled();
    f.add("studentEducationOrganizationAssociations", map("studentReference", student("1"),
        "educationOrganizationReference", map("educationOrganizationId", 255901),
        "sexDescriptor", descriptor("Sex", "Female"), "hispanicLatinoEthnicity", true,
        "limitedEnglishProficiencyDescriptor", descriptor("LimitedEnglishProficiency",
            "Limited"), "races", List.of(map("raceDescriptor", descriptor("Race", "White"))),
        "languages", List.of(map("languageDescriptor", descriptor("Language", "spa"),
            "uses", List.of(map("languageUseDescriptor", descriptor("LanguageUse",
                "Home language")))))));
    assertThat(importOne(f)).containsEntry("home_language", "es")
        .containsEntry("sex", "Female").containsEntry("race", "White")
        .containsEntry("ethnicity", "Hispanic or Latino").containsEntry("ell", "true")
        .containsEntry("frl", "");
  }

  @Test
  void countsWithNoRecordsAreZeroAndValuesWithNoSourceAreEmpty() throws Exception {
    assertThat(importOne(enrolled())).containsEntry("days_absent", "0")
        .containsEntry("suspension_days", "0").containsEntry("incidents_major", "0")
        .containsEntry("gpa", "").containsEntry("reading_pct", "")
        .containsEntry("home_language", "");
  }
}
