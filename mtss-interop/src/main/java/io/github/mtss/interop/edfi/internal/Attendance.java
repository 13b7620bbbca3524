package io.github.mtss.interop.edfi.internal;

import static io.github.mtss.interop.edfi.internal.Fields.child;
import static io.github.mtss.interop.edfi.internal.Fields.date;
import static io.github.mtss.interop.edfi.internal.Fields.descriptor;
import static io.github.mtss.interop.edfi.internal.Fields.number;
import static io.github.mtss.interop.edfi.internal.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mtss.interop.edfi.internal.StudentState.Enrolment;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns school and homeroom-section attendance events into absent days: an absence category
 * on an instructional day of the school of an enrolment the day falls in, up to D.
 */
final class Attendance {
  private final Aggregation aggregation;
  private final Codes codes;
  private final Ledger ledger;

  Attendance(Aggregation aggregation, Codes codes, Ledger ledger) {
    this.aggregation = aggregation;
    this.codes = codes;
    this.ledger = ledger;
  }

  void schoolEvent(EdFiRecord record) {
    JsonNode node = record.node();
    String school = text(child(node, "schoolReference"), "schoolId");
    Double duration = number(node, "eventDuration");
    if (duration != null && (duration < 0 || duration > 1)) {
      throw new Fields.BadField("eventDuration", String.valueOf(duration),
          "a fraction of the day from 0 to 1");
    }
    absence(record, Aggregation.required(school, "schoolId"), duration == null ? 1 : duration,
        false);
  }

  void sectionEvent(EdFiRecord record) {
    JsonNode section = child(record.node(), "sectionReference");
    absence(record, Aggregation.required(text(section, "schoolId"), "schoolId"), 1,
        true);
  }

  private void absence(EdFiRecord record, String school, double duration, boolean section) {
    JsonNode node = record.node();
    long day = Aggregation.day(date(node, "eventDate"), "eventDate");
    StudentState student = aggregation.student(record);
    if (student == null || !absenceOfYear(record, student, day)) {
      return;
    }
    if (section && !student.inHomeroom(Aggregation.sectionKey(child(node, "sectionReference")))) {
      ledger.ignored(record, student.id, "not a homeroom section");
      return;
    }
    Enrolment enrolment = enrolment(student, school, day);
    SchoolYear year = aggregation.year();
    if (enrolment == null) {
      ledger.ignored(record, student.id, "outside the student's enrolment at the school");
    } else if (!year.instructional(school, enrolment.calendar(), day)) {
      ledger.ignored(record, student.id, "not an instructional day");
    } else {
      int thousandths = (int) Math.round(duration * 1000);
      student.absent((int) (day - year.yearStart()), thousandths, section);
      ledger.used(record);
      ledger.explain(student.id, () -> "days_absent: " + record.resource() + " " + record.where()
          + ": " + LocalDate.ofEpochDay(day) + (section ? " homeroom absence (1 day unless a "
          + "school event of the day says otherwise)" : " absent " + duration + " day"));
    }
  }

  private boolean absenceOfYear(EdFiRecord record, StudentState student, long day) {
    JsonNode node = record.node();
    Integer recordYear = Aggregation.yearOf(node, "sessionReference", "sectionReference");
    if (recordYear != null && recordYear != aggregation.year().year()) {
      ledger.ignored(record, student.id, "another school year (" + recordYear + ")");
      return false;
    }
    if (day > aggregation.year().asOf()) {
      ledger.ignored(record, student.id, "after the import day");
      return false;
    }
    int kind = codes.classify(descriptor(node, "attendanceEventCategory"), "absenceCategories",
        "presenceCategories");
    if (kind != 0) {
      ledger.ignored(record, student.id, kind == 1 ? "not an absence"
          : "attendance category not in the mapping");
      return false;
    }
    return true;
  }

  private static @Nullable Enrolment enrolment(StudentState student, String school, long day) {
    for (Enrolment e : student.enrolments) {
      if (e.school().equals(school) && e.entry() <= day && day <= e.exit()) {
        return e;
      }
    }
    return null;
  }
}
