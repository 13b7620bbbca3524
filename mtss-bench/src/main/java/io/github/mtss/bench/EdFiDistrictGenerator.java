package io.github.mtss.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Ed-Fi district as API JSON, one document per line, for the import
 * benchmark ({@code scripts/bench-edfi-import.sh}): schools with two sessions and a calendar of
 * every weekday, one enrolment per student (one in twenty moves school mid-year), a given
 * number of attendance events per student (absences whole or half day, tardies, events on
 * weekends and after the import day), and a few incidents and suspensions.
 *
 * <p>Usage: {@code EdFiDistrictGenerator STUDENTS EVENTS_PER_STUDENT SEED OUT_DIR}
 */
public final class EdFiDistrictGenerator {
  private static final int STUDENTS_PER_SCHOOL = 500;
  private static final LocalDate FALL = LocalDate.of(2021, 8, 23);
  private static final LocalDate FALL_END = LocalDate.of(2021, 12, 17);
  private static final LocalDate SPRING = LocalDate.of(2022, 1, 4);
  private static final LocalDate SPRING_END = LocalDate.of(2022, 5, 27);
  private static final String NS = "uri://ed-fi.org/";
  private static final String[] CATEGORIES = {"Excused Absence", "Unexcused Absence",
      "Unexcused Absence", "Tardy", "Early departure"};
  private static final String[] GRADES = {"Kindergarten", "First grade", "Second grade",
      "Third grade", "Fourth grade", "Fifth grade", "Sixth grade", "Seventh grade",
      "Eighth grade", "Ninth grade", "Tenth grade", "Eleventh grade", "Twelfth grade"};

  private EdFiDistrictGenerator() {}

  /** Writes the district. */
  public static void main(String[] args) throws IOException {
    int students = Integer.parseInt(args[0]);
    int events = Integer.parseInt(args[1]);
    SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
    Path out = Files.createDirectories(Path.of(args[3]));
    int schools = Math.max(1, students / STUDENTS_PER_SCHOOL);
    List<LocalDate> days = weekdays();
    writeSchools(out, schools, days);
    try (Writer enrolments = writer(out, "studentSchoolAssociations");
        Writer attendance = writer(out, "studentSchoolAttendanceEvents");
        Writer incidents = writer(out, "disciplineIncidents");
        Writer behaviors = writer(out, "studentDisciplineIncidentBehaviorAssociations");
        Writer actions = writer(out, "disciplineActions")) {
      for (int s = 0; s < students; s++) {
        String id = String.valueOf(1_000_000 + s);
        long school = school(s % schools);
        String grade = GRADES[random.nextInt(GRADES.length)];
        boolean moves = random.nextInt(20) == 0;
        long second = school((s + 1) % schools);
        enrolments.write(enrolment(id, school, FALL, moves ? LocalDate.of(2021, 11, 30) : null,
            grade));
        if (moves) {
          enrolments.write(enrolment(id, second, LocalDate.of(2021, 12, 1), null, grade));
        }
        for (int e = 0; e < events; e++) {
          LocalDate day = FALL.plusDays(random.nextInt(250));
          long at = moves && day.isAfter(LocalDate.of(2021, 11, 30)) ? second : school;
          String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
          String duration = random.nextInt(10) == 0 ? "0.5" : "1";
          attendance.write("{\"eventDate\":\"" + day + "\",\"attendanceEventCategoryDescriptor\""
              + ":\"" + NS + "AttendanceEventCategoryDescriptor#" + category + "\","
              + "\"eventDuration\":" + duration + ",\"studentReference\":{\"studentUniqueId\":\""
              + id + "\"},\"schoolReference\":{\"schoolId\":" + at + "}}\n");
        }
        if (random.nextInt(10) == 0) {
          String incident = "I" + s;
          String behavior = random.nextInt(3) == 0 ? "State Offense" : "School Code of Conduct";
          LocalDate day = days.get(random.nextInt(days.size()));
          incidents.write("{\"incidentIdentifier\":\"" + incident + "\",\"incidentDate\":\""
              + day + "\",\"schoolReference\":{\"schoolId\":" + school + "}}\n");
          behaviors.write("{\"studentReference\":{\"studentUniqueId\":\"" + id + "\"},"
              + "\"disciplineIncidentReference\":{\"incidentIdentifier\":\"" + incident
              + "\",\"schoolId\":" + school + "},\"behaviorDescriptor\":\"" + NS
              + "BehaviorDescriptor#" + behavior + "\"}\n");
          actions.write("{\"disciplineActionIdentifier\":\"" + incident + "\",\"disciplines\":"
              + "[{\"disciplineDescriptor\":\"" + NS + "DisciplineDescriptor#Out of School "
              + "Suspension\"}],\"disciplineDate\":\"" + day + "\",\"disciplineActionLength\":"
              + (1 + random.nextInt(3)) + ",\"studentReference\":{\"studentUniqueId\":\"" + id
              + "\"},\"responsibilitySchoolReference\":{\"schoolId\":" + school + "}}\n");
        }
      }
    }
  }

  private static long school(int index) {
    return 100_000_000L + index;
  }

  private static String enrolment(String id, long school, LocalDate entry, LocalDate exit,
      String grade) {
    return "{\"studentReference\":{\"studentUniqueId\":\"" + id + "\"},\"schoolReference\":"
        + "{\"schoolId\":" + school + "},\"entryDate\":\"" + entry + "\","
        + (exit == null ? "" : "\"exitWithdrawDate\":\"" + exit + "\",")
        + "\"entryGradeLevelDescriptor\":\"" + NS + "GradeLevelDescriptor#" + grade + "\"}\n";
  }

  private static List<LocalDate> weekdays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = FALL; !d.isAfter(SPRING_END); d = d.plusDays(1)) {
      boolean inSession = !d.isAfter(FALL_END) || !d.isBefore(SPRING);
      if (inSession && d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    return days;
  }

  private static void writeSchools(Path out, int schools, List<LocalDate> days)
      throws IOException {
    try (Writer sessions = writer(out, "sessions");
        Writer calendar = writer(out, "calendarDates")) {
      for (int i = 0; i < schools; i++) {
        long school = school(i);
        sessions.write(session(school, "Fall", FALL, FALL_END, 84));
        sessions.write(session(school, "Spring", SPRING, SPRING_END, 102));
        for (LocalDate day : days) {
          calendar.write("{\"date\":\"" + day + "\",\"calendarEvents\":[{"
              + "\"calendarEventDescriptor\":\"" + NS + "CalendarEventDescriptor#Instructional "
              + "day\"}],\"calendarReference\":{\"calendarCode\":\"C\",\"schoolId\":" + school
              + ",\"schoolYear\":2022}}\n");
        }
      }
    }
  }

  private static String session(long school, String name, LocalDate begin, LocalDate end,
      int total) {
    return "{\"sessionName\":\"" + name + "\",\"schoolYearTypeReference\":{\"schoolYear\":2022},"
        + "\"beginDate\":\"" + begin + "\",\"endDate\":\"" + end + "\",\"termDescriptor\":\"" + NS
        + "TermDescriptor#" + name + " Semester\",\"totalInstructionalDays\":" + total + ","
        + "\"schoolReference\":{\"schoolId\":" + school + "}}\n";
  }

  private static Writer writer(Path out, String resource) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(out.resolve(resource + ".json"),
        StandardCharsets.UTF_8), 1 << 16);
  }
}
