package io.github.mtss.interop.edfi.internal;

import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.CsvRow;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.core.Problem;
import io.github.mtss.core.Student;
import io.github.mtss.core.StudentField;
import io.github.mtss.core.StudentValidator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code students.csv}: one row per student (sorted by id) in the formats contract's
 * columns, then the equity columns and the supplement's other columns. Each row is checked as
 * the screen would read it; a row that fails is rejected instead.
 */
final class StudentRows {
  /** The equity columns: the disproportionality report reads them, rules never do. */
  static final List<String> EQUITY = List.of("race", "ethnicity", "sex", "ell", "frl");
  private final Aggregation aggregation;
  private final Supplement supplement;
  private final Ledger ledger;
  private long raisedToSuspensions;

  StudentRows(Aggregation aggregation, Supplement supplement, Ledger ledger) {
    this.aggregation = aggregation;
    this.supplement = supplement;
    this.ledger = ledger;
  }

  /** Writes the file; returns the number of student rows written. */
  long write(Path file) throws IOException {
    Set<String> header = new LinkedHashSet<>();
    Arrays.stream(StudentField.values()).forEach(f -> header.add(f.column()));
    header.addAll(EQUITY);
    header.addAll(supplement.columns());
    List<String> columns = List.copyOf(header);
    Map<String, StudentState> students = aggregation.students();
    supplement.rejectUnknown(students.keySet(), ledger);
    List<String> ids = new ArrayList<>(students.keySet());
    ids.sort(null);
    long written = 0;
    try (CsvOutput csv = CsvOutput.create(file, columns.toArray(String[]::new))) {
      for (String id : ids) {
        StudentState student = students.get(id);
        if (student.rejected == null && student.current != null
            && row(student, columns, csv, written + 2)) {
          written++;
        }
      }
    }
    if (raisedToSuspensions > 0) {
      ledger.note(raisedToSuspensions + " student(s) had more suspension days than absences "
          + "recorded: their days_absent is raised to their suspension days (an out-of-school "
          + "suspension is an absence; the contract counts it in days_absent)");
    }
    return written;
  }

  private boolean row(StudentState student, List<String> columns, CsvOutput csv, long line)
      throws IOException {
    Map<String, String> cells = cells(student);
    supplement.apply(student.id, cells);
    CsvRow row = CsvRow.of(cells, line);
    Student checked = StudentCsv.toStudent(row);
    List<Problem> problems = checked == null ? row.problems()
        : StudentValidator.checkValues(checked);
    if (!problems.isEmpty()) {
      StudentState.Enrolment at = student.current;
      ledger.reject("students", at.file(), at.line(), at.index(), student.id, "the student's row "
          + "would not pass the screen: " + problems.stream().map(Problem::toString)
              .collect(Collectors.joining("; ")));
      return false;
    }
    csv.row(columns.stream().map(c -> cells.getOrDefault(c, "")).toArray());
    return true;
  }

  private Map<String, String> cells(StudentState s) {
    Map<String, String> cells = new HashMap<>();
    SchoolYear year = aggregation.year();
    long enrolled = s.enrolments.stream().mapToLong(e -> year.daysEnrolled(e.school(),
        e.calendar(), e.entry(), e.exit())).sum();
    StudentState.Enrolment current = s.current;
    put(cells, StudentField.STUDENT_ID, s.id);
    put(cells, StudentField.SCHOOL_ID, current.school());
    put(cells, StudentField.GRADE_LEVEL, aggregation.gradeLevel(current));
    put(cells, StudentField.DAYS_ENROLLED, enrolled);
    long recorded = s.absentThousandths();
    if (s.suspensionThousandths > recorded) {
      raisedToSuspensions++;
      ledger.explain(s.id, () -> "days_absent raised from " + thousandths(recorded) + " to the "
          + "suspension days: an out-of-school suspension is an absence");
    }
    put(cells, StudentField.DAYS_ABSENT, thousandths(Math.max(recorded,
        s.suspensionThousandths)));
    put(cells, StudentField.SUSPENSION_DAYS, thousandths(s.suspensionThousandths));
    put(cells, StudentField.INCIDENTS_MINOR, s.incidents(false));
    put(cells, StudentField.INCIDENTS_MAJOR, s.incidents(true));
    if (s.graded) {
      put(cells, StudentField.F_ELA, s.failingEla);
      put(cells, StudentField.F_MATH, s.failingMath);
      put(cells, StudentField.F_OTHER, s.failingOther);
    }
    put(cells, StudentField.GPA, number(s.gpa));
    put(cells, StudentField.READING_PCT, number(s.readingPct));
    put(cells, StudentField.MATH_PCT, number(s.mathPct));
    put(cells, StudentField.RETAINED, current.retained());
    put(cells, StudentField.SCHOOL_MOVES, s.enrolments.size() - 1);
    put(cells, StudentField.HOME_LANGUAGE, s.homeLanguage);
    cells.putAll(s.equity);
    ledger.explain(s.id, () -> "days_enrolled: " + enrolled + " from " + s.enrolments.size()
        + " enrolment(s); school_id, grade_level, retained from the enrolment current at the "
        + "import day (" + current.file() + ":" + current.line() + ")");
    return cells;
  }

  private static void put(Map<String, String> cells, StudentField field,
      @Nullable Object value) {
    if (value != null) {
      cells.put(field.column(), value.toString());
    }
  }

  static String thousandths(long value) {
    return BigDecimal.valueOf(value, 3).stripTrailingZeros().toPlainString();
  }

  private static @Nullable String number(@Nullable Double value) {
    return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
