package io.github.mtss.core;

import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One student's year-to-date snapshot on the early-warning indicators, as read from one row of
 * {@code students.csv}. A {@code null} value means "unknown": a missing value never raises a level,
 * the indicator is simply not evaluated.
 *
 * <p>Students are identified by a pseudonymous {@link #studentId()}; no names are held. Columns the
 * model does not know are kept in {@link #attributes()} (demographic columns among them, which the
 * default rules never read).
 *
 * <p>Instances are immutable; build them with {@link #builder()}. Use {@link StudentValidator} to
 * check a snapshot's values before screening it.
 */
@Value.Immutable
public abstract class Student {

  /** Returns the pseudonymous student identifier, unique within a district. */
  public abstract String studentId();

  /** Returns the identifier of the student's school. */
  public abstract String schoolId();

  /** Returns the student's grade level. */
  public abstract Grade grade();

  /** Returns the days enrolled this year, or {@code null} when unknown. */
  public abstract @Nullable Integer daysEnrolled();

  /** Returns the days absent this year for any reason, suspension days included. */
  public abstract @Nullable Double daysAbsent();

  /** Returns the days of out-of-school suspension this year. */
  public abstract @Nullable Double suspensionDays();

  /** Returns the number of minor behavior incidents this year. */
  public abstract @Nullable Integer incidentsMinor();

  /** Returns the number of major behavior incidents this year. */
  public abstract @Nullable Integer incidentsMajor();

  /** Returns the number of failing course grades in English language arts this year. */
  public abstract @Nullable Integer failingEla();

  /** Returns the number of failing course grades in mathematics this year. */
  public abstract @Nullable Integer failingMath();

  /** Returns the number of failing course grades in other courses this year. */
  public abstract @Nullable Integer failingOther();

  /** Returns the grade point average on a 0.0 to 4.0 scale. */
  public abstract @Nullable Double gpa();

  /** Returns the universal screener reading percentile, 0 to 100. */
  public abstract @Nullable Double readingPercentile();

  /** Returns the universal screener math percentile, 0 to 100. */
  public abstract @Nullable Double mathPercentile();

  /** Returns whether the student was ever retained in grade. */
  public abstract @Nullable Boolean retained();

  /** Returns the number of school changes this year. */
  public abstract @Nullable Integer schoolMoves();

  /** Returns the family's language as an ISO 639-1 code, e.g. {@code es}. */
  public abstract @Nullable String homeLanguage();

  /** Returns when the family can take part in school or partner activities. */
  public abstract Set<Availability> familyAvailability();

  /** Returns whether the family asked for plain-language or oral materials. */
  public abstract @Nullable Boolean familyLiteracySupport();

  /** Returns the needs recorded by staff or the family. */
  public abstract Set<Need> needs();

  /** Returns the input columns the model does not know, by column name, in input order. */
  public abstract Map<String, String> attributes();

  /**
   * Returns the attendance rate {@code 1 - daysAbsent / daysEnrolled}, or {@code null} when either
   * is unknown or no day was enrolled. Computed once per student (rules read it many times).
   */
  @Value.Lazy
  public @Nullable Double attendanceRate() {
    Integer enrolled = daysEnrolled();
    Double absent = daysAbsent();
    if (enrolled == null || absent == null || enrolled == 0) {
      return null;
    }
    return 1.0 - absent / enrolled;
  }

  /**
   * Returns the failing grades in the core subjects, ELA plus math, or {@code null} when both are
   * unknown (an unknown count adds nothing).
   */
  public @Nullable Integer coreFailures() {
    return sumOfKnown(failingEla(), failingMath());
  }

  /** Returns the failing grades in all courses, or {@code null} when no count is known. */
  public @Nullable Integer allFailures() {
    return sumOfKnown(failingEla(), failingMath(), failingOther());
  }

  /** Returns minor plus major incidents, or {@code null} when neither is known. */
  public @Nullable Integer totalIncidents() {
    return sumOfKnown(incidentsMinor(), incidentsMajor());
  }

  /** Returns whether at least one behavior measure (suspensions, incidents) is known. */
  public boolean hasBehaviorData() {
    return suspensionDays() != null || incidentsMinor() != null || incidentsMajor() != null;
  }

  /** Returns whether a course-grade measure (GPA or a failing-grade count) is known. */
  public boolean hasGradeData() {
    return gpa() != null || allFailures() != null;
  }

  /** Returns whether a screener percentile (reading or math) is known. */
  public boolean hasScreenerData() {
    return readingPercentile() != null || mathPercentile() != null;
  }

  /** Returns the lower of the known screener percentiles, or {@code null} when none is known. */
  public @Nullable Double lowestPercentile() {
    Double reading = readingPercentile();
    Double math = mathPercentile();
    if (reading == null) {
      return math;
    }
    return math == null ? reading : Math.min(reading, math);
  }

  private static @Nullable Integer sumOfKnown(@Nullable Integer... counts) {
    Integer sum = null;
    for (Integer count : counts) {
      if (count != null) {
        sum = (sum == null ? 0 : sum) + count;
      }
    }
    return sum;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Student} values; see {@link #builder()}. Every measure may be left unset
   * (unknown); the measures counted in days or points also take plain numbers, e.g.
   * {@code .daysAbsent(3)}.
   */
  public static final class Builder extends ImmutableStudent.Builder {
    /** Sets the days absent this year. */
    public Builder daysAbsent(double days) {
      return daysAbsent(Double.valueOf(days));
    }

    /** Sets the days of out-of-school suspension this year. */
    public Builder suspensionDays(double days) {
      return suspensionDays(Double.valueOf(days));
    }

    /** Sets the grade point average, 0.0 to 4.0. */
    public Builder gpa(double gpa) {
      return gpa(Double.valueOf(gpa));
    }

    /** Sets the universal screener reading percentile, 0 to 100. */
    public Builder readingPercentile(double percentile) {
      return readingPercentile(Double.valueOf(percentile));
    }

    /** Sets the universal screener math percentile, 0 to 100. */
    public Builder mathPercentile(double percentile) {
      return mathPercentile(Double.valueOf(percentile));
    }
  }
}
