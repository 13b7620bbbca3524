package io.github.mtss.interop.edfi.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the import knows of one student, kept compact for a state's worth of students: the
 * enrolments of the year, the absent days as packed integers (day of the year, homeroom flag,
 * duration in thousandths), and running counts of the other indicators.
 */
final class StudentState {
  /** One enrolment window, {@code exit} inclusive ({@code Long.MAX_VALUE} when open). */
  record Enrolment(String school, long entry, long exit, @Nullable String gradeLevel,
      @Nullable Boolean retained, @Nullable String calendar, String file, long line,
      long index) {}

  static final int HOMEROOM = 1 << 10;
  private static final int DURATION = HOMEROOM - 1;

  final String id;
  final List<Enrolment> enrolments = new ArrayList<>(1);
  @Nullable Enrolment current;
  @Nullable String rejected;
  @Nullable List<String> homerooms;
  private int[] absences = new int[0];
  private int absenceCount;
  long suspensionThousandths;
  @Nullable Map<String, Boolean> incidents;
  int failingEla;
  int failingMath;
  int failingOther;
  boolean graded;
  @Nullable Double gpa;
  long gpaTermEnd = Long.MIN_VALUE;
  @Nullable Double readingPct;
  long readingDay = Long.MIN_VALUE;
  @Nullable Double mathPct;
  long mathDay = Long.MIN_VALUE;
  @Nullable String homeLanguage;
  final Map<String, String> equity = new HashMap<>(0);

  StudentState(String id) {
    this.id = id;
  }

  /** Records an absence on a day of the year (offset from the year's start). */
  void absent(int dayOfYear, int thousandths, boolean homeroom) {
    if (absenceCount == absences.length) {
      absences = Arrays.copyOf(absences, Math.max(4, absenceCount * 2));
    }
    absences[absenceCount++] = dayOfYear << 11 | (homeroom ? HOMEROOM : 0) | thousandths;
  }

  /**
   * The days absent in thousandths: each day once, the largest school absence of the day, or a
   * whole day for a day absent only from homeroom.
   */
  long absentThousandths() {
    Arrays.sort(absences, 0, absenceCount);
    long total = 0;
    int i = 0;
    while (i < absenceCount) {
      int day = absences[i] >>> 11;
      int largest = -1;
      for (; i < absenceCount && absences[i] >>> 11 == day; i++) {
        if ((absences[i] & HOMEROOM) == 0) {
          largest = Math.max(largest, absences[i] & DURATION);
        }
      }
      total += largest < 0 ? 1000 : largest;
    }
    absences = new int[0];
    absenceCount = 0;
    return total;
  }

  /** Records the student's part in an incident; major when any behaviour of it is major. */
  void incident(String key, boolean major) {
    if (incidents == null) {
      incidents = new HashMap<>(4);
    }
    incidents.merge(key, major, Boolean::logicalOr);
  }

  long incidents(boolean major) {
    return incidents == null ? 0
        : incidents.values().stream().filter(m -> m == major).count();
  }

  boolean inHomeroom(String sectionKey) {
    return homerooms != null && homerooms.contains(sectionKey);
  }
}
