package io.github.mtss.core;

import static io.github.mtss.core.StudentField.DAYS_ABSENT;
import static io.github.mtss.core.StudentField.DAYS_ENROLLED;
import static io.github.mtss.core.StudentField.F_ELA;
import static io.github.mtss.core.StudentField.F_MATH;
import static io.github.mtss.core.StudentField.F_OTHER;
import static io.github.mtss.core.StudentField.GPA;
import static io.github.mtss.core.StudentField.INCIDENTS_MAJOR;
import static io.github.mtss.core.StudentField.INCIDENTS_MINOR;
import static io.github.mtss.core.StudentField.MATH_PCT;
import static io.github.mtss.core.StudentField.READING_PCT;
import static io.github.mtss.core.StudentField.SCHOOL_MOVES;
import static io.github.mtss.core.StudentField.STUDENT_ID;
import static io.github.mtss.core.StudentField.SUSPENSION_DAYS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the values of student snapshots and finds duplicate identifiers among them.
 *
 * <p>Each problem names the field (as its {@code students.csv} column), the value and what was
 * expected: negative counts, more days absent than enrolled, more suspension days than days
 * absent (which include them), a GPA outside 0.0-4.0, a percentile outside 0-100, and an
 * identifier seen before. One validator checks one roster: it remembers the identifiers it has
 * seen, so it is not thread-safe.
 */
public final class StudentValidator {
  private final Set<String> seenIds = new HashSet<>();

  /**
   * Returns the problems of one snapshot, empty when it can be screened. A snapshot whose
   * identifier was seen before is a duplicate; the first one seen is kept.
   */
  public List<Problem> validate(Student student) {
    List<Problem> problems = checkValues(student);
    if (problems.isEmpty() && !seenIds.add(student.studentId())) {
      problems.add(duplicateId(student.studentId()));
    }
    return problems;
  }

  /** Returns the problem of a snapshot whose identifier an earlier one already has. */
  public static Problem duplicateId(String studentId) {
    return Problem.of(STUDENT_ID.column(), studentId,
        "duplicate student id; the first row with this id is kept");
  }

  /**
   * Returns the problems of one snapshot's values alone, without looking for duplicate
   * identifiers: for callers that find duplicates some other way, such as a sort of a roster too
   * large to remember every identifier. Thread-safe.
   */
  public static List<Problem> checkValues(Student student) {
    List<Problem> problems = new ArrayList<>();
    if (student.studentId().isBlank()) {
      problems.add(Problem.of(STUDENT_ID.column(), student.studentId(), "must not be blank"));
    }
    nonNegative(problems, DAYS_ENROLLED, student.daysEnrolled());
    nonNegative(problems, DAYS_ABSENT, student.daysAbsent());
    nonNegative(problems, SUSPENSION_DAYS, student.suspensionDays());
    nonNegative(problems, INCIDENTS_MINOR, student.incidentsMinor());
    nonNegative(problems, INCIDENTS_MAJOR, student.incidentsMajor());
    nonNegative(problems, F_ELA, student.failingEla());
    nonNegative(problems, F_MATH, student.failingMath());
    nonNegative(problems, F_OTHER, student.failingOther());
    nonNegative(problems, SCHOOL_MOVES, student.schoolMoves());
    within(problems, GPA, student.gpa(), 4.0);
    within(problems, READING_PCT, student.readingPercentile(), 100.0);
    within(problems, MATH_PCT, student.mathPercentile(), 100.0);
    notMoreThan(problems, DAYS_ABSENT, student.daysAbsent(), DAYS_ENROLLED, student.daysEnrolled());
    notMoreThan(
        problems, SUSPENSION_DAYS, student.suspensionDays(), DAYS_ABSENT, student.daysAbsent());
    return problems;
  }

  private static void nonNegative(
      List<Problem> problems, StudentField field, @Nullable Number value) {
    if (value != null && value.doubleValue() < 0) {
      problems.add(Problem.of(field.column(), format(value), "must not be negative"));
    }
  }

  private static void within(
      List<Problem> problems, StudentField field, @Nullable Double value, double max) {
    if (value != null && (value < 0 || value > max || value.isNaN())) {
      problems.add(Problem.of(field.column(), format(value),
          "must be between 0 and " + format(max)));
    }
  }

  private static void notMoreThan(List<Problem> problems, StudentField field,
      @Nullable Number value, StudentField limitField, @Nullable Number limit) {
    if (value != null && limit != null && value.doubleValue() > limit.doubleValue()) {
      problems.add(Problem.of(field.column(), format(value),
          "must not exceed " + limitField.column() + " (" + format(limit) + ")"));
    }
  }

  private static String format(Number value) {
    double d = value.doubleValue();
    return d == Math.rint(d) && !Double.isInfinite(d)
        ? Long.toString((long) d) : Double.toString(d);
  }
}
