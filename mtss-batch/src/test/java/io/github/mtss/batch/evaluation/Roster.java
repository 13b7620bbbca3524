package io.github.mtss.batch.evaluation;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Students and outcomes made in code for the evaluation tests. */
final class Roster {
  final List<Student> students = new ArrayList<>();
  final List<Outcome> outcomes = new ArrayList<>();

  /**
   * Adds {@code count} grade-7 students of a school whose only off-track value is their
   * attendance (behaviour and grades on track), {@code withOutcome} of them with the outcome.
   */
  Roster add(String school, String frl, int count, double attendance, int withOutcome) {
    for (int i = 0; i < count; i++) {
      String id = String.format(java.util.Locale.ROOT, "%s-%s-%.2f-%02d", school, frl, attendance, i);
      students.add(onTrack(id, school, Grade.ofNumber(7)).daysAbsent(100 * (1 - attendance))
          .attributes(Map.of("frl", frl)).build());
      outcomes.add(new Outcome(id, i < withOutcome));
    }
    return this;
  }

  /**
   * Returns {@code count} students whose latent risk drives every indicator and the outcome
   * (base rate about 15 %), in grades 1-12, in three schools.
   */
  static Roster latentRisk(int count, long seed) {
    Roster roster = new Roster();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      double risk = random.nextGaussian();
      String id = String.format("s%05d", i);
      Grade grade = Grade.ofNumber(1 + random.nextInt(12));
      double suspended = risk + random.nextGaussian() > 1.8 ? 1 + random.nextInt(4) : 0;
      Student.Builder s = Student.builder().studentId(id).schoolId("school-" + (i % 3))
          .grade(grade).daysEnrolled(100).suspensionDays(suspended)
          .daysAbsent(clamp(6 + 5 * risk + 3 * random.nextGaussian(), suspended, 60))
          .incidentsMinor((int) clamp(Math.round(1 + risk + random.nextGaussian()), 0, 9))
          .incidentsMajor(risk + random.nextGaussian() > 2.2 ? 1 : 0)
          .attributes(Map.of("frl", random.nextDouble() < 0.4 ? "yes" : "no"));
      if (grade.number() <= 5) {
        s.readingPercentile(clamp(50 - 20 * risk + 15 * random.nextGaussian(), 1, 99))
            .mathPercentile(clamp(50 - 20 * risk + 15 * random.nextGaussian(), 1, 99));
      } else {
        s.gpa(clamp(2.9 - 0.6 * risk + 0.4 * random.nextGaussian(), 0, 4))
            .failingEla(risk + random.nextGaussian() > 1.6 ? 1 : 0)
            .failingMath(risk + random.nextGaussian() > 1.6 ? 1 : 0).failingOther(0);
      }
      roster.students.add(s.build());
      double odds = Math.exp(-2.3 + 1.3 * risk);
      roster.outcomes.add(new Outcome(id, random.nextDouble() < odds / (1 + odds)));
    }
    return roster;
  }

  private static Student.Builder onTrack(String id, String school, Grade grade) {
    return Student.builder().studentId(id).schoolId(school).grade(grade).daysEnrolled(100)
        .daysAbsent(2).suspensionDays(0).incidentsMinor(0).incidentsMajor(0).gpa(3.0)
        .failingEla(0).failingMath(0).failingOther(0);
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
