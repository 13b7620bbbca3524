package io.github.mtss.bench;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.CsvOutput;
import io.github.mtss.examples.io.StudentCsv;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline of the end-to-end benchmark: read students.csv with the same reader as the tool,
 * decide every student with the plain-Java reference evaluator, and write tiers.csv sorted by
 * student id. {@code scripts/bench.sh} times it against {@code mtss screen} on the same file.
 */
public final class PlainPipeline {
  private PlainPipeline() {}

  /** Usage: PlainPipeline students.csv tiers.csv */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    List<Student> students;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      students = StudentCsv.read(args[0], in).rows().stream().map(CsvInput.Row::value)
          .sorted(Comparator.comparing(Student::studentId)).toList();
    }
    ReferenceEvaluator reference = new ReferenceEvaluator(Policy.defaults());
    try (CsvOutput csv = CsvOutput.create(Path.of(args[1]), "student_id", "school_id",
        "grade_level", "tier", "attendance", "behavior", "coursework")) {
      for (Student s : students) {
        ReferenceEvaluator.Outcome o = reference.decide(s);
        csv.row(s.studentId(), s.schoolId(), s.grade().label(), o.tier().number(),
            o.levels().get(Domain.ATTENDANCE).id(), o.levels().get(Domain.BEHAVIOR).id(),
            o.levels().get(Domain.COURSEWORK).id());
      }
    }
    System.out.printf("plain Java: %d students read, decided and written in %d ms%n",
        students.size(), (System.nanoTime() - start) / 1_000_000);
  }
}
