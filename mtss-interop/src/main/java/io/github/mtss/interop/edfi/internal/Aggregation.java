package io.github.mtss.interop.edfi.internal;

import static io.github.mtss.interop.edfi.internal.Fields.child;
import static io.github.mtss.interop.edfi.internal.Fields.date;
import static io.github.mtss.interop.edfi.internal.Fields.descriptor;
import static io.github.mtss.interop.edfi.internal.Fields.descriptors;
import static io.github.mtss.interop.edfi.internal.Fields.items;
import static io.github.mtss.interop.edfi.internal.Fields.number;
import static io.github.mtss.interop.edfi.internal.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.interop.edfi.internal.SchoolYear.Session;
import io.github.mtss.interop.edfi.internal.StudentState.Enrolment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Ed-Fi records in four passes (sessions; enrolments and reference data; homerooms
 * and demographics; events) and aggregates them per student as of day D, as
 * {@code docs/edfi.md} describes. Each record is used, ignored with a reason or rejected in the
 * {@link Ledger}.
 */
public final class Aggregation {
  /** The resources an import reads; the others are counted as ignored. */
  public static final List<String> RESOURCES = List.of("sessions", "studentSchoolAssociations",
      "gradingPeriods", "calendarDates", "courses", "courseOfferings", "disciplineIncidents",
      "assessments", "studentSectionAssociations", "studentEducationOrganizationAssociations",
      "studentSchoolAttendanceEvents", "studentSectionAttendanceEvents", "disciplineActions",
      "studentDisciplineIncidentBehaviorAssociations", "grades", "studentAcademicRecords",
      "studentAssessments");
  private static final Map<String, Integer> PASSES = passes();
  private static final int EVENTS = 3;
  private final Codes codes;
  private final Mapping mapping;
  private final Ledger ledger;
  private final LocalDate asOf;
  private final @Nullable Integer forcedYear;
  private final Map<Session, Integer> allSessions = new LinkedHashMap<>();
  private final Map<String, StudentState> students = new HashMap<>();
  private final Map<String, String> offerings = new HashMap<>();
  private final Map<String, Subject> courses = new HashMap<>();
  private final Map<String, Long> incidentDays = new HashMap<>();
  private final Map<String, Integer> screeners = new HashMap<>();
  private final Attendance attendance;
  private final Outcomes outcomes;
  private @Nullable SchoolYear year;

  /** The subject group of a course. */
  enum Subject { ELA, MATH, OTHER }

  /** Creates an aggregation as of {@code asOf}; {@code forcedYear} may be null. */
  public Aggregation(Mapping mapping, Ledger ledger, LocalDate asOf,
      @Nullable Integer forcedYear) {
    this.mapping = mapping;
    this.ledger = ledger;
    this.codes = new Codes(mapping, ledger);
    this.asOf = asOf;
    this.forcedYear = forcedYear;
    this.attendance = new Attendance(this, codes, ledger);
    this.outcomes = new Outcomes(this, codes, ledger);
  }

  private static Map<String, Integer> passes() {
    Map<String, Integer> passes = new HashMap<>();
    passes.put("sessions", 0);
    for (String resource : List.of("studentSchoolAssociations", "gradingPeriods",
        "calendarDates", "courses", "courseOfferings", "disciplineIncidents", "assessments")) {
      passes.put(resource, 1);
    }
    passes.put("studentSectionAssociations", 2);
    passes.put("studentEducationOrganizationAssociations", 2);
    return passes;
  }

  /**
   * Reads every file; {@code shownName} gives the name messages show for a file.
   *
   * @throws InputFileException when a file cannot be read, or no session contains D
   */
  public void read(List<Path> files, java.util.function.Function<Path, String> shownName)
      throws InputFileException {
    for (int pass = 0; pass <= EVENTS; pass++) {
      int current = pass;
      for (Path file : files) {
        RecordReader.read(file, shownName.apply(file),
            resource -> PASSES.getOrDefault(resource, EVENTS) == current, this::handle);
      }
      if (pass == 0) {
        chooseYear();
      } else if (pass == 1) {
        year().finish(ledger);
        students.values().forEach(this::chooseCurrentEnrolment);
      }
    }
  }

  private void chooseYear() throws InputFileException {
    year = SchoolYear.of(allSessions, asOf, forcedYear);
    if (year == null) {
      throw new InputFileException("sessions: no session of the input contains " + asOf
          + " (" + allSessions.size() + " sessions read); give the school year with "
          + "--school-year, or another --as-of day");
    }
  }

  SchoolYear year() {
    if (year == null) {
      throw new IllegalStateException("the year is chosen after the sessions are read");
    }
    return year;
  }

  private void handle(EdFiRecord record) {
    ledger.read(record);
    String student = Fields.student(record.node());
    try {
      handler(record.resource()).accept(record);
    } catch (Fields.BadField e) {
      ledger.rejected(record, student, e.getMessage());
    }
  }

  private Consumer<EdFiRecord> handler(String resource) {
    return switch (resource) {
      case "sessions" -> this::session;
      case "studentSchoolAssociations" -> this::enrolment;
      case "gradingPeriods" -> this::gradingPeriod;
      case "calendarDates" -> this::calendarDate;
      case "courses" -> this::course;
      case "courseOfferings" -> this::courseOffering;
      case "disciplineIncidents" -> this::incident;
      case "assessments" -> this::assessment;
      case "studentSectionAssociations" -> this::sectionAssociation;
      case "studentEducationOrganizationAssociations" -> this::demographics;
      case "studentSchoolAttendanceEvents" -> attendance::schoolEvent;
      case "studentSectionAttendanceEvents" -> attendance::sectionEvent;
      case "disciplineActions" -> outcomes::disciplineAction;
      case "studentDisciplineIncidentBehaviorAssociations" -> outcomes::behavior;
      case "grades" -> outcomes::grade;
      case "studentAcademicRecords" -> outcomes::academicRecord;
      case "studentAssessments" -> outcomes::studentAssessment;
      default -> r -> ledger.ignored(r, "resource not read by the import");
    };
  }

  /** A required field; a record without it is rejected. */
  static String required(@Nullable String value, String field) {
    if (value == null) {
      throw new Fields.BadField(field, "", "missing");
    }
    return value;
  }

  static long day(@Nullable LocalDate date, String field) {
    if (date == null) {
      throw new Fields.BadField(field, "", "missing");
    }
    return date.toEpochDay();
  }

  /** The school year a record names, directly or through the references it names, or null. */
  static @Nullable Integer yearOf(JsonNode node, String... references) {
    Integer year = direct(node);
    for (int i = 0; year == null && i < references.length; i++) {
      year = direct(child(node, references[i]));
    }
    return year;
  }

  private static @Nullable Integer direct(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get("schoolYear");
    JsonNode typed = child(node, "schoolYearTypeReference");
    return value != null && value.isValueNode() ? Fields.schoolYear(node)
        : typed != null ? Fields.schoolYear(typed) : null;
  }

  private boolean otherYear(EdFiRecord record, @Nullable Integer recordYear) {
    if (recordYear != null && recordYear != year().year()) {
      ledger.ignored(record, Fields.student(record.node()), "another school year ("
          + recordYear + ")");
      return true;
    }
    return false;
  }

  private void session(EdFiRecord record) {
    JsonNode node = record.node();
    String school = required(text(child(node, "schoolReference"), "schoolId"), "schoolId");
    Integer sessionYear = yearOf(node);
    if (sessionYear == null) {
      throw new Fields.BadField("schoolYear", "", "missing");
    }
    Double total = number(node, "totalInstructionalDays");
    Session session = new Session(school, required(text(node, "sessionName"), "sessionName"),
        day(date(node, "beginDate"), "beginDate"), day(date(node, "endDate"), "endDate"),
        codes.code(descriptor(node, "term")), total == null ? null : total.intValue());
    allSessions.put(session, sessionYear);
    ledger.used(record);
  }

  private void enrolment(EdFiRecord record) {
    JsonNode node = record.node();
    String student = required(Fields.student(node), "studentUniqueId");
    String school = required(text(child(node, "schoolReference"), "schoolId"), "schoolId");
    long entry = day(date(node, "entryDate"), "entryDate");
    LocalDate exitDate = date(node, "exitWithdrawDate");
    long exit = exitDate == null ? Long.MAX_VALUE : exitDate.toEpochDay();
    Integer recordYear = yearOf(node, "calendarReference");
    if (otherYear(record, recordYear)) {
      return;
    }
    if (recordYear == null && !year().overlaps(entry, exit)) {
      ledger.ignored(record, student, "enrolment outside the school year");
      return;
    }
    if (exit < entry) {
      throw new Fields.BadField("exitWithdrawDate", String.valueOf(exitDate),
          "before the entryDate");
    }
    if (entry > year().asOf()) {
      ledger.ignored(record, student, "enrolment begins after the import day");
      return;
    }
    String retained = text(node, "repeatGradeIndicator");
    Enrolment enrolment = new Enrolment(school, entry, exit,
        codes.code(descriptor(node, "entryGradeLevel")),
        retained == null ? null : Boolean.valueOf(retained),
        text(child(node, "calendarReference"), "calendarCode"), record.file(), record.line(),
        record.index());
    students.computeIfAbsent(student, StudentState::new).enrolments.add(enrolment);
    ledger.used(record);
    ledger.explain(student, () -> "enrolment " + record.where() + ": school " + school + " from "
        + LocalDate.ofEpochDay(entry) + (exitDate == null ? "" : " to " + exitDate));
  }

  /**
   * The enrolment current at D: the latest entry not exited before D, else the last one; gives
   * school, grade level and retention, or rejects the student for a grade level not K-12.
   */
  private void chooseCurrentEnrolment(StudentState student) {
    long day = year().asOf();
    Enrolment current = null;
    for (Enrolment e : student.enrolments) {
      boolean open = e.exit() >= day;
      boolean currentOpen = current != null && current.exit() >= day;
      if (current == null || open && !currentOpen
          || open == currentOpen && (e.entry() > current.entry()
          || e.entry() == current.entry() && e.exit() > current.exit())) {
        current = e;
      }
    }
    student.current = current;
    if (current == null) {
      return;
    }
    String level = current.gradeLevel();
    if (gradeLevel(current) == null) {
      student.rejected = level == null ? "the current enrolment has no entryGradeLevelDescriptor"
          : "grade level '" + level + "' is not screened (K to 12 only; a district code for "
          + "one of them goes in the mapping's gradeLevels)";
      ledger.rejectedAfterUse("studentSchoolAssociations", current.file(), current.line(),
          current.index(), student.id, student.rejected);
    }
  }

  /** The students.csv grade level of an enrolment (K, 1..12), or null when not mapped. */
  @Nullable String gradeLevel(Enrolment enrolment) {
    String level = enrolment.gradeLevel();
    return level == null ? null : mapping.mapped("gradeLevels", level);
  }

  private void gradingPeriod(EdFiRecord record) {
    JsonNode node = record.node();
    Integer periodYear = yearOf(node);
    if (otherYear(record, periodYear)) {
      return;
    }
    String school = required(text(child(node, "schoolReference"), "schoolId"), "schoolId");
    year().gradingPeriod(SchoolYear.periodKey(school,
        codes.code(descriptor(node, "gradingPeriod")), text(node, "gradingPeriodName"),
        year().year()), day(date(node, "endDate"), "endDate"));
    ledger.used(record);
  }

  private void calendarDate(EdFiRecord record) {
    JsonNode node = record.node();
    JsonNode calendar = child(node, "calendarReference");
    if (otherYear(record, yearOf(node, "calendarReference"))) {
      return;
    }
    long day = day(date(node, "date"), "date");
    boolean instructional = false;
    for (String event : descriptors(node, "calendarEvents", "CalendarEvent")) {
      instructional |= codes.classify(event, "instructionalCalendarEvents",
          "otherCalendarEvents") == 0;
    }
    if (!year().inYear(day)) {
      ledger.ignored(record, "date outside the school year's sessions");
    } else if (instructional) {
      year().instructionalDay(required(text(calendar, "schoolId"), "schoolId"),
          required(text(calendar, "calendarCode"), "calendarCode"), day);
      ledger.used(record);
    } else {
      ledger.ignored(record, "not an instructional day");
    }
  }

  private void course(EdFiRecord record) {
    JsonNode node = record.node();
    List<String> subjects = new java.util.ArrayList<>(
        descriptors(node, "academicSubjects", "AcademicSubject"));
    String single = descriptor(node, "academicSubject");
    if (single != null) {
      subjects.add(single);
    }
    Subject subject = Subject.OTHER;
    for (String uri : subjects) {
      String code = codes.code(uri);
      subject = mapping.has("elaSubjects", code) ? Subject.ELA
          : mapping.has("mathSubjects", code) && subject != Subject.ELA ? Subject.MATH : subject;
    }
    courses.put(courseKey(node), subject);
    ledger.used(record);
  }

  private static String courseKey(@Nullable JsonNode node) {
    return text(node, "courseCode") + "|" + text(node, "educationOrganizationId");
  }

  /** A course offering's key: local course code, school, year and session. */
  static String offeringKey(@Nullable JsonNode node, int year) {
    return text(node, "localCourseCode") + "|" + text(node, "schoolId") + "|" + year + "|"
        + text(node, "sessionName");
  }

  private void courseOffering(EdFiRecord record) {
    JsonNode node = record.node();
    if (otherYear(record, yearOf(node, "sessionReference"))) {
      return;
    }
    JsonNode school = child(node, "schoolReference");
    String key = text(node, "localCourseCode") + "|" + text(school != null ? school : node,
        "schoolId") + "|" + year().year() + "|" + text(node, "sessionName");
    offerings.put(key, courseKey(child(node, "courseReference")));
    ledger.used(record);
  }

  /** The subject group of the course a course offering key leads to, or null when unknown. */
  @Nullable Subject subject(String offeringKey) {
    String course = offerings.get(offeringKey);
    return course == null ? null : courses.get(course);
  }

  private void incident(EdFiRecord record) {
    JsonNode node = record.node();
    incidentDays.put(incidentKey(node), day(date(node, "incidentDate"), "incidentDate"));
    ledger.used(record);
  }

  /** An incident's key: its identifier and school. */
  static String incidentKey(@Nullable JsonNode node) {
    return required(text(node, "incidentIdentifier"), "incidentIdentifier") + "|"
        + required(text(node, "schoolId"), "schoolId");
  }

  @Nullable Long incidentDay(String key) {
    return incidentDays.get(key);
  }

  private void assessment(EdFiRecord record) {
    JsonNode node = record.node();
    String identifier = required(text(node, "assessmentIdentifier"), "assessmentIdentifier");
    List<String> subjects = descriptors(node, "academicSubjects", "AcademicSubject").stream()
        .map(codes::code).toList();
    int flags = (screener("reading", identifier, subjects) ? 1 : 0)
        | (screener("math", identifier, subjects) ? 2 : 0);
    if (flags == 0) {
      ledger.ignored(record, "not a universal screener in the mapping");
      return;
    }
    screeners.put(identifier + "|" + text(node, "namespace"), flags);
    ledger.used(record);
  }

  private boolean screener(String subject, String identifier, List<String> subjects) {
    if (!mapping.list(subject + "Screeners").isEmpty()) {
      return mapping.has(subject + "Screeners", identifier);
    }
    return subjects.stream().anyMatch(s -> mapping.has(subject + "ScreenerSubjects", s));
  }

  /** Which subjects (1 reading, 2 math) an assessment screens, 0 when none. */
  int screens(@Nullable JsonNode assessmentReference) {
    return screeners.getOrDefault(text(assessmentReference, "assessmentIdentifier") + "|"
        + text(assessmentReference, "namespace"), 0);
  }

  /** The student, or null after counting the record as ignored (not enrolled, rejected). */
  @Nullable StudentState student(EdFiRecord record) {
    String id = required(Fields.student(record.node()), "studentUniqueId");
    StudentState student = students.get(id);
    if (student == null) {
      ledger.ignored(record, "student has no enrolment of the year begun by the import day");
      return null;
    }
    if (student.rejected != null) {
      ledger.ignored(record, id, "student rejected: " + student.rejected);
      return null;
    }
    return student;
  }

  private void sectionAssociation(EdFiRecord record) {
    StudentState student = student(record);
    if (student == null) {
      return;
    }
    JsonNode node = record.node();
    if (!Boolean.parseBoolean(text(node, "homeroomIndicator"))) {
      ledger.ignored(record, "not a homeroom section");
      return;
    }
    if (student.homerooms == null) {
      student.homerooms = new java.util.ArrayList<>(1);
    }
    student.homerooms.add(sectionKey(child(node, "sectionReference")));
    ledger.used(record);
  }

  /** A section's key: school, section identifier and session. */
  static String sectionKey(@Nullable JsonNode section) {
    return text(section, "schoolId") + "|" + text(section, "sectionIdentifier") + "|"
        + text(section, "sessionName");
  }

  private void demographics(EdFiRecord record) {
    StudentState student = student(record);
    if (student == null) {
      return;
    }
    new Demographics(codes).read(record.node(), student);
    ledger.used(record);
    ledger.explain(student.id, () -> "home language and equity columns from "
        + record.resource() + " " + record.where());
  }

  /** Every student read, by id. */
  public Map<String, StudentState> students() {
    return students;
  }

  /** The school year read. */
  public int schoolYear() {
    return year().year();
  }
}
