package io.github.mtss.core;

import java.util.Locale;

/**
 * The fields of a {@link Student} snapshot, named as the columns of {@code students.csv}. Problems
 * found in a snapshot name the field by its {@link #column()}.
 */
public enum StudentField {
  STUDENT_ID, SCHOOL_ID, GRADE_LEVEL, DAYS_ENROLLED, DAYS_ABSENT, SUSPENSION_DAYS, INCIDENTS_MINOR,
  INCIDENTS_MAJOR, F_ELA, F_MATH, F_OTHER, GPA, READING_PCT, MATH_PCT, RETAINED, SCHOOL_MOVES,
  HOME_LANGUAGE, FAMILY_AVAILABILITY, FAMILY_LITERACY_SUPPORT, NEEDS;

  private final String column = name().toLowerCase(Locale.ROOT);

  /** Returns the column name, e.g. {@code days_absent}. */
  public String column() {
    return column;
  }

  /** Returns whether every row must give a value for this field. */
  public boolean isRequired() {
    return this == STUDENT_ID || this == SCHOOL_ID || this == GRADE_LEVEL;
  }
}
