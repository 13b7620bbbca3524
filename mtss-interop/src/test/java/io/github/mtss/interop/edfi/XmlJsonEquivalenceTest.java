package io.github.mtss.interop.edfi;

import static io.github.mtss.interop.edfi.EdFiFixture.map;
import static io.github.mtss.interop.edfi.EdFiFixture.school;
import static io.github.mtss.interop.edfi.EdFiFixture.student;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same data as API JSON and as XML interchange gives byte-identical students.csv. */
class XmlJsonEquivalenceTest {
  private static final String S = EdFiFixture.SCHOOL;
  @TempDir
  Path dir;

  private EdFiImportResult run(String asOf, Path mapping, Path... inputs) throws Exception {
    EdFiImport.Builder builder = EdFiImport.builder().asOf(LocalDate.parse(asOf));
    if (mapping != null) {
      builder.mappingFile(mapping);
    }
    Path out = dir.resolve("out" + inputs[0].getFileName());
    return builder.build().run(List.of(inputs), out);
  }

  @Test
  void theSampleDistrictsCalendarAndDisciplineGiveTheSameStudentsFromXmlAndJson()
      throws Exception {
    Path sample = SharedSamples.grandBend();
    Path json = Files.createDirectories(dir.resolve("json"));
    for (String resource : List.of("sessions", "gradingPeriods", "calendars", "calendarDates",
        "disciplineIncidents", "studentDisciplineIncidentBehaviorAssociations",
        "disciplineActions")) {
      Files.copy(sample.resolve(resource + ".json"), json.resolve(resource + ".json"));
    }
    Path xml = Files.createDirectories(dir.resolve("xml"));
    for (String file : List.of("EducationOrgCalendar.xml", "StudentDiscipline.xml")) {
      Files.copy(sample.resolve("xml").resolve(file), xml.resolve(file));
    }
    Path enrolments = enrolDisciplinedStudents(sample);
    Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"suspensionDisciplines\":"
        + " [\"Out of School Suspension\", \"In School Suspension\", \"Expulsion\"]}");
    EdFiImportResult fromJson = run("2022-05-20", mapping, json, enrolments);
    EdFiImportResult fromXml = run("2022-05-20", mapping, xml, enrolments);

    assertThat(fromJson.studentsWritten()).isEqualTo(21);
    assertThat(Files.readString(dir.resolve("outxml/students.csv")))
        .isEqualTo(Files.readString(dir.resolve("outjson/students.csv")))
        .contains("604848,255901001,9,165,6,6,1,0,", "605035,255901001,9,165,5,5,0,1,");
    assertThat(fromXml.resources().get("disciplineActions"))
        .isEqualTo(fromJson.resources().get("disciplineActions"));
    assertThat(fromXml.resources().get("studentDisciplineIncidentBehaviorAssociations").used())
        .isEqualTo(21);
  }

  /** Enrols every student of the sample's discipline records at the high school, grade 9. */
  private Path enrolDisciplinedStudents(Path sample) throws Exception {
    EdFiFixture fixture = new EdFiFixture();
    JsonNode actions = new ObjectMapper().readTree(
        sample.resolve("studentDisciplineIncidentBehaviorAssociations.json").toFile());
    actions.forEach(a -> fixture.enrolment(a.path("studentReference").path("studentUniqueId")
        .asText(), S, "2021-08-23", null, "Ninth grade"));
    return fixture.write(dir.resolve("enrolments"));
  }

  private static final String XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <InterchangeStudentAttendance xmlns="http://ed-fi.org/5.2.0">
        <Session>
          <SessionName>Fall</SessionName>
          <SchoolYear>2021-2022</SchoolYear>
          <BeginDate>2021-08-23</BeginDate>
          <EndDate>2021-12-17</EndDate>
          <Term>uri://ed-fi.org/TermDescriptor#Fall Semester</Term>
          <TotalInstructionalDays>80</TotalInstructionalDays>
          <SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity>
          </SchoolReference>
        </Session>
        <StudentSchoolAssociation>
          <StudentReference><StudentIdentity><StudentUniqueId>1</StudentUniqueId>
          </StudentIdentity></StudentReference>
          <SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity>
          </SchoolReference>
          <EntryDate>2021-08-23</EntryDate>
          <EntryGradeLevel>uri://ed-fi.org/GradeLevelDescriptor#Tenth grade</EntryGradeLevel>
          <RepeatGradeIndicator>true</RepeatGradeIndicator>
        </StudentSchoolAssociation>
        <StudentSectionAssociation>
          <StudentReference><StudentIdentity><StudentUniqueId>1</StudentUniqueId>
          </StudentIdentity></StudentReference>
          <SectionReference><SectionIdentity>
            <LocalCourseCode>HR</LocalCourseCode>
            <SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity>
            </SchoolReference>
            <SchoolYear>2021-2022</SchoolYear>
            <SectionIdentifier>HR1</SectionIdentifier>
            <SessionName>Fall</SessionName>
          </SectionIdentity></SectionReference>
          <BeginDate>2021-08-23</BeginDate>
          <HomeroomIndicator>true</HomeroomIndicator>
        </StudentSectionAssociation>
        <StudentSchoolAttendanceEvent>
          <StudentReference><StudentIdentity><StudentUniqueId>1</StudentUniqueId>
          </StudentIdentity></StudentReference>
          <SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity>
          </SchoolReference>
          <SessionReference><SessionIdentity>
            <SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity>
            </SchoolReference>
            <SchoolYear>2021-2022</SchoolYear>
            <SessionName>Fall</SessionName>
          </SessionIdentity></SessionReference>
          <EventDate>2021-09-07</EventDate>
          <AttendanceEventCategory>uri://ed-fi.org/AttendanceEventCategoryDescriptor#Excused Absence</AttendanceEventCategory>
          <EventDuration>0.5</EventDuration>
        </StudentSchoolAttendanceEvent>
        <StudentSectionAttendanceEvent>
          <StudentReference><StudentIdentity><StudentUniqueId>1</StudentUniqueId>
          </StudentIdentity></StudentReference>
          <SectionReference><SectionIdentity>
            <LocalCourseCode>HR</LocalCourseCode>
            <SchoolReference><SchoolIdentity><SchoolId>255901001</SchoolId></SchoolIdentity>
            </SchoolReference>
            <SchoolYear>2021-2022</SchoolYear>
            <SectionIdentifier>HR1</SectionIdentifier>
            <SessionName>Fall</SessionName>
          </SectionIdentity></SectionReference>
          <EventDate>2021-09-08</EventDate>
          <AttendanceEventCategory>uri://ed-fi.org/AttendanceEventCategoryDescriptor#Unexcused Absence</AttendanceEventCategory>
        </StudentSectionAttendanceEvent>
      </InterchangeStudentAttendance>
      """;

  @Test
  void enrolmentsSectionsAndAttendanceGiveTheSameStudentsFromXmlAndJson() throws Exception {
    Path xml = Files.createDirectories(dir.resolve("xml"));
    Files.writeString(xml.resolve("StudentAttendance.xml"), XML);
    EdFiFixture fixture = new EdFiFixture().fallSession().sectionAssociation("1", "HR1", true)
        .schoolEvent("1", S, "2021-09-07", "Excused Absence", 0.5)
        .sectionEvent("1", "HR1", "2021-09-08", "Unexcused Absence");
    fixture.add("studentSchoolAssociations", map("studentReference", student("1"),
        "schoolReference", school(S), "entryDate", "2021-08-23", "entryGradeLevelDescriptor",
        EdFiFixture.descriptor("GradeLevel", "Tenth grade"), "repeatGradeIndicator", true));
    Path json = fixture.write(dir.resolve("json"));
    run("2021-09-30", null, json);
    run("2021-09-30", null, xml);
    String students = Files.readString(dir.resolve("outjson/students.csv"));
    assertThat(students).contains("1,255901001,10,27,1.5,0,0,0,,,,,,,true,0,");
    assertThat(Files.readString(dir.resolve("outxml/students.csv"))).isEqualTo(students);
  }
}
