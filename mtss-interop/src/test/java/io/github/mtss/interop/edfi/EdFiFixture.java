package io.github.mtss.interop.edfi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes small Ed-Fi API JSON directories for tests (request bodies as the DS 5 API
 * specification gives them) and reads back what an import wrote. One school, 255901001, whose
 * session "Fall" runs Monday 2021-08-23 to Friday 2021-12-17 in school year 2022.
 */
final class EdFiFixture {
  static final String SCHOOL = "255901001";
  static final String NS = "uri://ed-fi.org/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, List<Object>> resources = new LinkedHashMap<>();

  static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static String descriptor(String name, String code) {
    return NS + name + "Descriptor#" + code;
  }

  static Map<String, Object> student(String id) {
    return map("studentUniqueId", id);
  }

  static Map<String, Object> school(String id) {
    return map("schoolId", Long.parseLong(id));
  }

  EdFiFixture add(String resource, Map<String, Object> body) {
    resources.computeIfAbsent(resource, r -> new ArrayList<>()).add(body);
    return this;
  }

  /** A session of the school, with or without totalInstructionalDays. */
  EdFiFixture session(String school, String name, String begin, String end, Integer total) {
    Map<String, Object> body = map("sessionName", name,
        "schoolYearTypeReference", map("schoolYear", 2022), "beginDate", begin,
        "endDate", end, "termDescriptor", descriptor("Term", "Fall Semester"),
        "schoolReference", school(school));
    if (total != null) {
      body.put("totalInstructionalDays", total);
    }
    return add("sessions", body);
  }

  EdFiFixture fallSession() {
    return session(SCHOOL, "Fall", "2021-08-23", "2021-12-17", 80);
  }

  /** Instructional days of the school's calendar "C", each date given. */
  EdFiFixture instructional(String school, String... dates) {
    for (String date : dates) {
      add("calendarDates", map("date", date, "calendarEvents", List.of(map(
          "calendarEventDescriptor", descriptor("CalendarEvent", "Instructional day"))),
          "calendarReference", map("calendarCode", "C", "schoolId", Long.parseLong(school),
              "schoolYear", 2022)));
    }
    return this;
  }

  /** Every weekday from {@code from} to {@code to} as an instructional day of the school. */
  EdFiFixture weekdays(String school, String from, String to) {
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to));
        d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        instructional(school, d.toString());
      }
    }
    return this;
  }

  EdFiFixture enrolment(String student, String school, String entry, String exit,
      String grade) {
    Map<String, Object> body = map("studentReference", student(student),
        "schoolReference", school(school), "entryDate", entry,
        "entryGradeLevelDescriptor", descriptor("GradeLevel", grade));
    if (exit != null) {
      body.put("exitWithdrawDate", exit);
    }
    return add("studentSchoolAssociations", body);
  }

  EdFiFixture schoolEvent(String student, String school, String date, String category,
      Double duration) {
    Map<String, Object> body = map("eventDate", date, "attendanceEventCategoryDescriptor",
        descriptor("AttendanceEventCategory", category), "studentReference", student(student),
        "schoolReference", school(school), "sessionReference", map("schoolId",
            Long.parseLong(school), "schoolYear", 2022, "sessionName", "Fall"));
    if (duration != null) {
      body.put("eventDuration", duration);
    }
    return add("studentSchoolAttendanceEvents", body);
  }

  private static Map<String, Object> section(String section) {
    return map("localCourseCode", "HR", "schoolId", Long.parseLong(SCHOOL), "schoolYear", 2022,
        "sectionIdentifier", section, "sessionName", "Fall");
  }

  EdFiFixture sectionAssociation(String student, String section, boolean homeroom) {
    return add("studentSectionAssociations", map("studentReference", student(student),
        "sectionReference", section(section), "beginDate", "2021-08-23",
        "homeroomIndicator", homeroom));
  }

  EdFiFixture sectionEvent(String student, String section, String date, String category) {
    return add("studentSectionAttendanceEvents", map("eventDate", date,
        "attendanceEventCategoryDescriptor", descriptor("AttendanceEventCategory", category),
        "studentReference", student(student), "sectionReference", section(section)));
  }

  /** Writes one JSON array file per resource into {@code directory}. */
  Path write(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (var entry : resources.entrySet()) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(
          directory.resolve(entry.getKey() + ".json").toFile(), entry.getValue());
    }
    return directory;
  }

  /** Imports the directory as of {@code asOf} into {@code out}. */
  static EdFiImportResult run(Path in, String asOf, Path out) throws Exception {
    return EdFiImport.builder().asOf(LocalDate.parse(asOf)).build().run(List.of(in), out);
  }

  /** The rows of a CSV output by its first column. */
  static Map<String, Map<String, String>> rows(Path csv) throws IOException {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader()
            .setSkipHeaderRecord(true).get())) {
      for (CSVRecord r : parser) {
        rows.put(r.get(0), r.toMap());
      }
    }
    return rows;
  }

  static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader()
            .setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }
}
