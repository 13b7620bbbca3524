package io.github.mtss.interop.edfi.internal;

import static io.github.mtss.interop.edfi.internal.Fields.child;
import static io.github.mtss.interop.edfi.internal.Fields.date;
import static io.github.mtss.interop.edfi.internal.Fields.descriptor;
import static io.github.mtss.interop.edfi.internal.Fields.descriptors;
import static io.github.mtss.interop.edfi.internal.Fields.items;
import static io.github.mtss.interop.edfi.internal.Fields.number;
import static io.github.mtss.interop.edfi.internal.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mtss.interop.edfi.internal.Aggregation.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates the records behind the behaviour and coursework indicators: suspensions,
 * incidents, failing grades, GPA and screener percentiles.
 */
final class Outcomes {
  private final Aggregation aggregation;
  private final Codes codes;
  private final Mapping mapping;
  private final Ledger ledger;

  Outcomes(Aggregation aggregation, Codes codes, Ledger ledger) {
    this.aggregation = aggregation;
    this.codes = codes;
    this.mapping = codes.mapping();
    this.ledger = ledger;
  }

  private boolean inYearToDate(EdFiRecord record, StudentState student, long day) {
    if (!aggregation.year().inYearToDate(day)) {
      ledger.ignored(record, student.id, "dated outside the school year up to the import day");
      return false;
    }
    return true;
  }

  void disciplineAction(EdFiRecord record) {
    StudentState student = aggregation.student(record);
    JsonNode node = record.node();
    if (student == null || !inYearToDate(record, student,
        Aggregation.day(date(node, "disciplineDate"), "disciplineDate"))) {
      return;
    }
    boolean suspension = false;
    for (String discipline : descriptors(node, "disciplines", "Discipline")) {
      suspension |= codes.classify(discipline, "suspensionDisciplines", "otherDisciplines") == 0;
    }
    if (!suspension) {
      ledger.ignored(record, student.id, "not a suspension in the mapping");
      return;
    }
    Double actual = number(node, "actualDisciplineActionLength");
    Double length = actual != null ? actual : number(node, "disciplineActionLength");
    if (length == null || length < 0) {
      throw new Fields.BadField("actualDisciplineActionLength", String.valueOf(length),
          "a suspension needs a length of 0 or more days");
    }
    student.suspensionThousandths += Math.round(length * 1000);
    ledger.used(record);
    ledger.explain(student.id, () -> "suspension_days: " + record.where() + ": " + length);
  }

  void behavior(EdFiRecord record) {
    StudentState student = aggregation.student(record);
    if (student == null) {
      return;
    }
    JsonNode node = record.node();
    String key = Aggregation.incidentKey(child(node, "disciplineIncidentReference"));
    Long day = aggregation.incidentDay(key);
    if (day == null) {
      throw new Fields.BadField("disciplineIncidentReference", key.replace('|', '/'),
          "no such incident in disciplineIncidents");
    }
    if (!inYearToDate(record, student, day)) {
      return;
    }
    boolean major = codes.classify(descriptor(node, "behavior"), "majorBehaviors",
        "minorBehaviors") == 0;
    student.incident(key, major);
    ledger.used(record);
    ledger.explain(student.id, () -> "incidents: " + record.where() + ": incident "
        + key.replace('|', '/') + (major ? " major" : " minor") + " behaviour");
  }

  void grade(EdFiRecord record) {
    StudentState student = aggregation.student(record);
    if (student == null) {
      return;
    }
    JsonNode node = record.node();
    if (codes.classify(descriptor(node, "gradeType"), "countedGradeTypes",
        "otherGradeTypes") != 0) {
      ledger.ignored(record, student.id, "grade type not counted");
      return;
    }
    JsonNode period = child(node, "gradingPeriodReference");
    Integer periodYear = Aggregation.yearOf(period == null ? node : period);
    int year = aggregation.year().year();
    if (periodYear != null && periodYear != year) {
      ledger.ignored(record, student.id, "another school year (" + periodYear + ")");
      return;
    }
    String school = Aggregation.required(text(period, "schoolId"), "schoolId");
    String key = SchoolYear.periodKey(school, codes.code(descriptor(period, "gradingPeriod")),
        text(period, "gradingPeriodName"), year);
    if (!aggregation.year().knowsPeriod(key)) {
      throw new Fields.BadField("gradingPeriodReference", key.replace('|', '/'),
          "no such grading period in gradingPeriods");
    }
    if (!aggregation.year().isLatestPeriod(key) || student.current == null
        || !student.current.school().equals(school)) {
      ledger.ignored(record, student.id, "not the latest grading period ended by the import "
          + "day at the student's school");
      return;
    }
    countGrade(record, student);
  }

  private void countGrade(EdFiRecord record, StudentState student) {
    JsonNode node = record.node();
    Double numeric = number(node, "numericGradeEarned");
    boolean failing = mapping.has("failingLetterGrades", text(node, "letterGradeEarned"))
        || numeric != null && numeric < mapping.number("failingNumericGradeBelow");
    JsonNode section = child(node, "studentSectionAssociationReference");
    Subject found = aggregation.subject(Aggregation.offeringKey(section,
        aggregation.year().year()));
    if (found == null) {
      ledger.tally("grades whose section's course offering or course is not in the input "
          + "count as another subject (f_other)");
    }
    Subject subject = found == null ? Subject.OTHER : found;
    student.graded = true;
    if (failing) {
      switch (subject) {
        case ELA -> student.failingEla++;
        case MATH -> student.failingMath++;
        default -> student.failingOther++;
      }
    }
    ledger.used(record);
    ledger.explain(student.id, () -> "f_" + subject.name().toLowerCase(java.util.Locale.ROOT) + ": "
        + record.where() + ": " + (failing ? "failing" : "passing") + " grade "
        + (numeric != null ? numeric : text(node, "letterGradeEarned")));
  }

  void academicRecord(EdFiRecord record) {
    StudentState student = aggregation.student(record);
    if (student == null) {
      return;
    }
    JsonNode node = record.node();
    Integer recordYear = Aggregation.yearOf(node);
    if (recordYear != null && recordYear != aggregation.year().year()) {
      ledger.ignored(record, student.id, "another school year (" + recordYear + ")");
      return;
    }
    String term = Aggregation.required(codes.code(descriptor(node, "term")), "termDescriptor");
    Long end = aggregation.year().termEnd(text(child(node, "educationOrganizationReference"),
        "educationOrganizationId"), term);
    if (end == null) {
      throw new Fields.BadField("termDescriptor", term, "no session of the year has this term");
    }
    if (end > aggregation.year().asOf()) {
      ledger.ignored(record, student.id, "term not ended by the import day");
      return;
    }
    Double gpa = gpa(node);
    if (gpa == null) {
      ledger.ignored(record, student.id, "no grade point average");
      return;
    }
    if (end > student.gpaTermEnd) {
      student.gpaTermEnd = end;
      student.gpa = gpa;
    }
    ledger.used(record);
    ledger.explain(student.id, () -> "gpa: " + record.where() + ": " + gpa + " (term " + term + ")");
  }

  /** The term's average: not cumulative first, then in gpaTypeOrder; scaled to the maximum. */
  private @Nullable Double gpa(JsonNode node) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (JsonNode average : items(node, "gradePointAverages", "gradePointAverage")) {
      int rank = (Boolean.parseBoolean(text(average, "isCumulative")) ? 1000 : 0)
          + mapping.rank("gpaTypeOrder", codes.code(descriptor(average, "gradePointAverageType")));
      if (rank < bestRank) {
        best = average;
        bestRank = rank;
      }
    }
    Double value = number(best, "gradePointAverageValue");
    if (value == null) {
      return null;
    }
    double scale = mapping.number("gpaScaleMaximum");
    Double maximum = number(best, "maxGradePointAverageValue");
    double scaled = maximum == null || maximum <= 0 ? value : value * scale / maximum;
    if (scaled < 0 || scaled > scale) {
      throw new Fields.BadField("gradePointAverageValue", String.valueOf(value), "outside 0 to "
          + (maximum == null ? scale + " (no maxGradePointAverageValue given)" : maximum));
    }
    return Math.round(scaled * 100) / 100.0;
  }

  void studentAssessment(EdFiRecord record) {
    StudentState student = aggregation.student(record);
    if (student == null) {
      return;
    }
    JsonNode node = record.node();
    long day = Aggregation.day(date(node, "administrationDate"), "administrationDate");
    int screens = aggregation.screens(child(node, "assessmentReference"));
    if (day > aggregation.year().asOf()) {
      ledger.ignored(record, student.id, "after the import day");
      return;
    }
    if (screens == 0) {
      ledger.ignored(record, student.id, "not a universal screener in the mapping");
      return;
    }
    Double percentile = percentile(node);
    if (percentile == null) {
      ledger.ignored(record, student.id, "no percentile score");
      return;
    }
    if ((screens & 1) != 0 && day > student.readingDay) {
      student.readingDay = day;
      student.readingPct = percentile;
    }
    if ((screens & 2) != 0 && day > student.mathDay) {
      student.mathDay = day;
      student.mathPct = percentile;
    }
    ledger.used(record);
    ledger.explain(student.id, () -> ((screens & 1) != 0 ? "reading_pct" : "math_pct") + ": "
        + record.where() + ": percentile " + percentile);
  }

  private @Nullable Double percentile(JsonNode node) {
    for (JsonNode score : items(node, "scoreResults", "scoreResult")) {
      String method = codes.code(descriptor(score, "assessmentReportingMethod"));
      if (mapping.has("percentileReportingMethods", method)) {
        Double value = number(score, "result");
        if (value == null || value < 0 || value > 100) {
          throw new Fields.BadField("result", String.valueOf(value), "a percentile is 0 to 100");
        }
        return value;
      }
    }
    return null;
  }
}
