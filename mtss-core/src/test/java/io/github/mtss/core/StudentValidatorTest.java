package io.github.mtss.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the validator refuses, each problem naming the column and the value. */
class StudentValidatorTest {
  private static Student.Builder valid() {
    return Student.builder().studentId("s1").schoolId("A").grade(Grade.G9).daysEnrolled(100)
        .daysAbsent(10.0).suspensionDays(2.0).incidentsMinor(1).incidentsMajor(0)
        .failingEla(0).failingMath(0).failingOther(0).gpa(2.5).schoolMoves(0);
  }

  @Test
  void aValidStudentHasNoProblem() {
    assertThat(new StudentValidator().validate(valid().build())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "days_enrolled, -1, must not be negative",
      "incidents_minor, -2, must not be negative",
      "f_other, -1, must not be negative",
      "school_moves, -1, must not be negative",
      "gpa, 4.5, must be between 0 and 4",
      "reading_pct, 101, must be between 0 and 100",
      "math_pct, -1, must be between 0 and 100",
      "days_absent, 120, must not exceed days_enrolled (100)",
      "suspension_days, 11, must not exceed days_absent (10)"})
  void eachProblemNamesItsColumnAndValue(String column, String value, String message) {
    Student.Builder student = valid();
    double number = Double.parseDouble(value);
    switch (column) {
      case "days_enrolled" -> student.daysEnrolled((int) number);
      case "incidents_minor" -> student.incidentsMinor((int) number);
      case "f_other" -> student.failingOther((int) number);
      case "school_moves" -> student.schoolMoves((int) number);
      case "gpa" -> student.gpa(number);
      case "reading_pct" -> student.readingPercentile(number);
      case "math_pct" -> student.mathPercentile(number);
      case "days_absent" -> student.daysAbsent(number);
      default -> student.suspensionDays(number);
    }
    assertThat(new StudentValidator().validate(student.build()))
        .contains(Problem.of(column, value, message));
  }

  @Test
  void aRepeatedIdIsADuplicateAndTheFirstIsKept() {
    StudentValidator validator = new StudentValidator();
    assertThat(validator.validate(valid().build())).isEmpty();
    assertThat(validator.validate(valid().schoolId("B").build())).singleElement()
        .hasToString("student_id='s1': duplicate student id; the first row with this id is kept");
  }

  @Test
  void aBlankIdIsRefused() {
    assertThat(new StudentValidator().validate(valid().studentId(" ").build()))
        .extracting(Problem::column).containsExactly("student_id");
  }
}
