package io.github.mtss.rules.testing;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's student, read from its cells: each cell is named like a {@code students.csv}
 * column and holds a YAML value (a number, a boolean, a text, or a list for the list columns).
 * Other columns become the student's attributes. Every problem of the cells is collected, then
 * the student's values are checked like a roster's.
 */
final class ScenarioStudent {
  private static final Set<String> COLUMNS = Arrays.stream(StudentField.values())
      .map(StudentField::column).collect(Collectors.toUnmodifiableSet());

  private final Map<String, @Nullable Object> cells;
  private final List<Problem> problems = new ArrayList<>();

  private ScenarioStudent(Map<String, @Nullable Object> cells) {
    this.cells = cells;
  }

  /**
   * Returns the student of the {@code number}th scenario; its id defaults to
   * {@code scenario-<number>} and its school to {@code scenario}.
   *
   * @throws ScenarioFileException naming the scenario and every problem of its student
   */
  static Student of(String fileName, int number, Scenario scenario)
      throws ScenarioFileException {
    Map<String, @Nullable Object> cells = new LinkedHashMap<>();
    cells.put(STUDENT_ID.column(), "scenario-" + number);
    cells.put(SCHOOL_ID.column(), "scenario");
    cells.putAll(scenario.student());
    ScenarioStudent reader = new ScenarioStudent(cells);
    Student student = reader.student();
    if (reader.problems.isEmpty()) {
      reader.problems.addAll(StudentValidator.checkValues(student));
    }
    if (!reader.problems.isEmpty()) {
      throw new ScenarioFileException(fileName + ": scenario \"" + scenario.name() + "\": "
          + reader.problems.stream().map(Problem::toString).collect(Collectors.joining("; ")),
          null);
    }
    return student;
  }

  private Student student() {
    Grade grade = value(GRADE_LEVEL, "not a grade level", Grade::parse);
    if (grade == null && text(GRADE_LEVEL) == null) {
      problems.add(Problem.of(GRADE_LEVEL.column(), null, "required value is missing"));
    }
    return Student.builder()
        .studentId(String.valueOf(text(STUDENT_ID)))
        .schoolId(String.valueOf(text(SCHOOL_ID)))
        .grade(grade == null ? Grade.K : grade)
        .daysEnrolled(whole(DAYS_ENROLLED))
        .daysAbsent(number(DAYS_ABSENT))
        .suspensionDays(number(SUSPENSION_DAYS))
        .incidentsMinor(whole(INCIDENTS_MINOR))
        .incidentsMajor(whole(INCIDENTS_MAJOR))
        .failingEla(whole(F_ELA))
        .failingMath(whole(F_MATH))
        .failingOther(whole(F_OTHER))
        .gpa(number(GPA))
        .readingPercentile(number(READING_PCT))
        .mathPercentile(number(MATH_PCT))
        .retained(bool(RETAINED))
        .schoolMoves(whole(SCHOOL_MOVES))
        .homeLanguage(value(HOME_LANGUAGE, "not a two-letter ISO 639-1 language code",
            ScenarioStudent::languageCode))
        .familyAvailability(items(FAMILY_AVAILABILITY, Availability::parse))
        .familyLiteracySupport(bool(FAMILY_LITERACY_SUPPORT))
        .needs(items(NEEDS, Need::parse))
        .attributes(attributes())
        .build();
  }

  /** Returns a cell's text, {@code null} when the cell is absent or empty. */
  private @Nullable String text(StudentField field) {
    Object value = cells.get(field.column());
    String text = value == null ? "" : String.valueOf(value).strip();
    return text.isEmpty() ? null : text;
  }

  private @Nullable Integer whole(StudentField field) {
    return value(field, "not a whole number", Integer::valueOf);
  }

  private @Nullable Double number(StudentField field) {
    return value(field, "not a number", ScenarioStudent::finite);
  }

  private @Nullable Boolean bool(StudentField field) {
    return value(field, "not true or false", ScenarioStudent::trueOrFalse);
  }

  /** Returns a cell converted by {@code parser}, or records a problem with {@code message}. */
  private <T> @Nullable T value(StudentField field, String message, Function<String, T> parser) {
    String text = text(field);
    try {
      return text == null ? null : parser.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of(field.column(), text, message));
      return null;
    }
  }

  /** Returns the items of a list cell: a YAML list, or one text of {@code ;}-separated items. */
  private <T> List<T> items(StudentField field, Function<String, T> parser) {
    Object value = cells.get(field.column());
    List<String> texts = value instanceof Collection<?> list
        ? list.stream().map(String::valueOf).toList()
        : value == null ? List.of() : Arrays.asList(String.valueOf(value).split(";"));
    List<T> items = new ArrayList<>();
    for (String text : texts) {
      if (!text.isBlank()) {
        try {
          items.add(parser.apply(text.strip()));
        } catch (IllegalArgumentException e) {
          problems.add(Problem.of(field.column(), text.strip(), e.getMessage()));
        }
      }
    }
    return items;
  }

  private Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    cells.forEach((column, value) -> {
      if (!COLUMNS.contains(column)) {
        attributes.put(column, value == null ? "" : String.valueOf(value));
      }
    });
    return attributes;
  }

  private static Double finite(String text) {
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new NumberFormatException(text);
    }
    return value;
  }

  private static Boolean trueOrFalse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> Boolean.TRUE;
      case "false", "no", "0" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(text);
    };
  }

  private static String languageCode(String text) {
    String code = text.toLowerCase(Locale.ROOT);
    if (!code.matches("[a-z]{2}")) {
      throw new IllegalArgumentException(text);
    }
    return code;
  }
}
