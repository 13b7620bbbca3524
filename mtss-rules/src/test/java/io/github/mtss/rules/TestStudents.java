package io.github.mtss.rules;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Students for tests: every grade, a spread of indicators, the same for the same count. */
public final class TestStudents {
  private TestStudents() {}

  public static List<Student> random(int count) {
    Random random = new Random(42);
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      students.add(Student.builder()
          .studentId(String.format("s%04d", i))
          .schoolId("school-" + random.nextInt(4))
          .grade(Grade.ofNumber(random.nextInt(13)))
          .daysEnrolled(100)
          .daysAbsent((double) random.nextInt(30))
          .incidentsMinor(random.nextInt(4))
          .incidentsMajor(random.nextInt(2))
          .failingEla(random.nextInt(2))
          .failingMath(random.nextInt(2))
          .gpa(random.nextInt(41) / 10.0)
          .readingPercentile((double) random.nextInt(100))
          .mathPercentile((double) random.nextInt(100))
          .build());
    }
    return students;
  }
}
