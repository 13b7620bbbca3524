package io.github.mtss.bench;

import io.github.mtss.core.Availability;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Need;
import io.github.mtss.core.Student;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random students for benchmarks and the reference check: every grade, every indicator
 * around its cut-points, and some unknown values, so every default rule fires on some students.
 */
public final class BenchStudents {
  private static final Need[] NEEDS = Need.values();

  private BenchStudents() {}

  /** Returns {@code count} students; the same seed gives the same students. */
  public static List<Student> generate(int count, long seed) {
    return generate(count, seed, 0);
  }

  /**
   * Returns the students numbered {@code first} to {@code first + count - 1}; a student depends
   * only on the seed and its number, so slices of a large population can be made one at a time.
   */
  public static List<Student> generate(int count, long seed, int first) {
    List<Student> students = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      students.add(student(i, new SplittableRandom(seed * 1_000_003L + i)));
    }
    return students;
  }

  private static Student student(int index, SplittableRandom r) {
    Grade grade = Grade.ofNumber(r.nextInt(13));
    int enrolled = r.nextInt(20) == 0 ? 0 : 150 + r.nextInt(31);
    double absent = Math.min(enrolled, Math.floor(enrolled * r.nextDouble() * r.nextDouble() * 0.5
        * 2) / 2);
    double suspension = r.nextInt(12) == 0 ? Math.min(absent, r.nextInt(8)) : 0;
    boolean elementary = grade.number() <= 5;
    return Student.builder()
        .studentId(String.format("S%08d", index))
        .schoolId("SCH" + (index % 50))
        .grade(grade)
        .daysEnrolled(r.nextInt(50) == 0 ? null : enrolled)
        .daysAbsent(absent)
        .suspensionDays(suspension)
        .incidentsMinor(r.nextInt(6) == 0 ? r.nextInt(7) : 0)
        .incidentsMajor(r.nextInt(15) == 0 ? r.nextInt(3) : 0)
        .failingEla(elementary ? null : r.nextInt(8) == 0 ? 1 : 0)
        .failingMath(elementary ? null : r.nextInt(8) == 0 ? 1 : 0)
        .failingOther(elementary ? null : r.nextInt(10) == 0 ? 1 : 0)
        .gpa(elementary || r.nextInt(40) == 0 ? null : Math.round(r.nextDouble(0.3, 4.0) * 100) / 100.0)
        .readingPercentile(elementary ? (double) r.nextInt(1, 100) : null)
        .mathPercentile(elementary ? (double) r.nextInt(1, 100) : null)
        .retained(r.nextInt(25) == 0)
        .schoolMoves(r.nextInt(10) == 0 ? 2 : 0)
        .homeLanguage(r.nextInt(5) == 0 ? "es" : "en")
        .familyAvailability(EnumSet.of(Availability.values()[r.nextInt(4)]))
        .familyLiteracySupport(r.nextInt(12) == 0)
        .needs(r.nextInt(4) == 0 ? EnumSet.of(NEEDS[r.nextInt(NEEDS.length)])
            : EnumSet.noneOf(Need.class))
        .build();
  }
}
