package io.github.mtss.batch;

import static io.github.mtss.core.StudentField.DAYS_ABSENT;
import static io.github.mtss.core.StudentField.DAYS_ENROLLED;
import static io.github.mtss.core.StudentField.FAMILY_AVAILABILITY;
import static io.github.mtss.core.StudentField.FAMILY_LITERACY_SUPPORT;
import static io.github.mtss.core.StudentField.F_ELA;
import static io.github.mtss.core.StudentField.F_MATH;
import static io.github.mtss.core.StudentField.F_OTHER;
import static io.github.mtss.core.StudentField.GPA;
import static io.github.mtss.core.StudentField.GRADE_LEVEL;
import static io.github.mtss.core.StudentField.HOME_LANGUAGE;
import static io.github.mtss.core.StudentField.INCIDENTS_MAJOR;
import static io.github.mtss.core.StudentField.INCIDENTS_MINOR;
import static io.github.mtss.core.StudentField.MATH_PCT;
import static io.github.mtss.core.StudentField.NEEDS;
import static io.github.mtss.core.StudentField.READING_PCT;
import static io.github.mtss.core.StudentField.RETAINED;
import static io.github.mtss.core.StudentField.SCHOOL_ID;
import static io.github.mtss.core.StudentField.SCHOOL_MOVES;
import static io.github.mtss.core.StudentField.STUDENT_ID;
import static io.github.mtss.core.StudentField.SUSPENSION_DAYS;

import io.github.mtss.core.Availability;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Need;
import io.github.mtss.core.Problem;
import io.github.mtss.core.Student;
import io.github.mtss.core.StudentField;
import io.github.mtss.core.StudentValidator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code students.csv} as specified in {@code shared/formats.md}: one row per student,
 * required columns {@code student_id}, {@code school_id} and {@code grade_level}, every other known
 * column optional, unknown columns kept as the student's attributes. Rows that cannot be read or
 * fail {@link StudentValidator} are rejected; a repeated student id keeps the first row.
 */
public final class StudentCsv {
  private static final Set<String> KNOWN = Arrays.stream(StudentField.values())
      .map(StudentField::column).collect(Collectors.toUnmodifiableSet());
  private static final List<String> REQUIRED = Arrays.stream(StudentField.values())
      .filter(StudentField::isRequired).map(StudentField::column)
      .collect(Collectors.toUnmodifiableList());

  private StudentCsv() {}

  /**
   * Reads every row of a students file.
   *
   * @param fileName the name shown in messages
   * @throws InputFileException when the file as a whole cannot be used
   */
  public static CsvInput.Result<Student> read(String fileName, InputStream in)
      throws InputFileException {
    return input(fileName).read(in);
  }

  /**
   * Reads a students file row by row, handing each student or problem to {@code sink} as it is
   * read. Values are validated but duplicate ids are not looked for (that would mean remembering
   * every id): the caller finds them, for instance when it sorts what it screened.
   *
   * @return the number of data rows in the file
   * @throws InputFileException when the file as a whole cannot be used
   */
  public static long stream(Path file, CsvInput.Sink<Student> sink) throws InputFileException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file + ": no such file");
    }
    return streaming(file.toString()).stream(file, sink);
  }

  /**
   * Reads a students stream row by row like {@link #stream(Path, CsvInput.Sink)}.
   *
   * @param fileName the name shown in messages
   * @return the number of data rows in the stream
   * @throws InputFileException when the input as a whole cannot be used
   */
  public static long stream(String fileName, InputStream in, CsvInput.Sink<Student> sink)
      throws InputFileException {
    return streaming(fileName).stream(in, sink);
  }

  private static CsvInput<Student> streaming(String fileName) {
    return new CsvInput<Student>(fileName, REQUIRED,
        row -> checked(row, StudentValidator::checkValues));
  }

  private static CsvInput<Student> input(String fileName) {
    StudentValidator validator = new StudentValidator();
    return new CsvInput<Student>(fileName, REQUIRED, row -> checked(row, validator::validate));
  }

  private static @Nullable Student checked(CsvRow row,
      Function<Student, List<Problem>> validation) {
    Student student = toStudent(row);
    if (student != null && row.problems().isEmpty()) {
      validation.apply(student).forEach(row::addProblem);
    }
    return student;
  }

  /**
   * Converts one row of named cells (columns as in students.csv) to a student, recording problems
   * on the row; returns {@code null} when the row has problems. Duplicate ids are not checked.
   */
  public static @Nullable Student toStudent(CsvRow row) {
    String studentId = row.required(STUDENT_ID.column());
    String schoolId = row.required(SCHOOL_ID.column());
    Grade grade = row.parse(GRADE_LEVEL.column(), "not a grade level", Grade::parse);
    if (grade == null && row.text(GRADE_LEVEL.column()) == null) {
      row.required(GRADE_LEVEL.column());
    }
    Student.Builder builder = Student.builder()
        .studentId(studentId)
        .schoolId(schoolId)
        .grade(grade == null ? Grade.K : grade)
        .daysEnrolled(row.integer(DAYS_ENROLLED.column()))
        .daysAbsent(row.number(DAYS_ABSENT.column()))
        .suspensionDays(row.number(SUSPENSION_DAYS.column()))
        .incidentsMinor(row.integer(INCIDENTS_MINOR.column()))
        .incidentsMajor(row.integer(INCIDENTS_MAJOR.column()))
        .failingEla(row.integer(F_ELA.column()))
        .failingMath(row.integer(F_MATH.column()))
        .failingOther(row.integer(F_OTHER.column()))
        .gpa(row.number(GPA.column()))
        .readingPercentile(row.number(READING_PCT.column()))
        .mathPercentile(row.number(MATH_PCT.column()))
        .retained(row.bool(RETAINED.column()))
        .schoolMoves(row.integer(SCHOOL_MOVES.column()))
        .homeLanguage(row.parse(HOME_LANGUAGE.column(), "not an ISO 639-1 code", CsvRow::languageCode))
        .familyAvailability(row.list(FAMILY_AVAILABILITY.column(), Availability::parse))
        .familyLiteracySupport(row.bool(FAMILY_LITERACY_SUPPORT.column()))
        .needs(row.list(NEEDS.column(), Need::parse))
        .attributes(row.otherColumns(KNOWN));
    return row.problems().isEmpty() ? builder.build() : null;
  }
}
