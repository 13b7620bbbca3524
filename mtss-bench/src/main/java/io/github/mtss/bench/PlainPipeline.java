package io.github.mtss.bench;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.CsvOutput;
import io.github.mtss.examples.io.StudentCsv;
import io.github.mtss.examples.io.RejectedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline of the end-to-end benchmark: stream students.csv through the same reader as the
 * tool, decide every student with the plain-Java reference evaluator, and write tiers.csv sorted
 * by student id (rows formatted as they are decided, then sorted in memory). {@code
 * scripts/bench.sh} times it against {@code mtss screen} on the same file and heap.
 */
public final class PlainPipeline {
  private PlainPipeline() {}

  /** One formatted row of tiers.csv and its student. */
  private record Row(String studentId, String text) {}

  /** Usage: PlainPipeline students.csv tiers.csv */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    ReferenceEvaluator reference = new ReferenceEvaluator(Policy.defaults());
    List<Row> rows = new ArrayList<>();
    StudentCsv.stream(Path.of(args[0]), new CsvInput.Sink<Student>() {
      @Override
      public void accept(CsvInput.Row<Student> row) {
        Student s = row.value();
        ReferenceEvaluator.Outcome o = reference.decide(s);
        rows.add(new Row(s.studentId(), CsvOutput.format(s.studentId(), s.schoolId(),
            s.grade().label(), o.tier().number(), o.levels().get(Domain.ATTENDANCE).id(),
            o.levels().get(Domain.BEHAVIOR).id(), o.levels().get(Domain.COURSEWORK).id())));
      }

      @Override
      public void reject(RejectedRow problem) {
        System.err.println(problem);
      }
    });
    rows.sort(Comparator.comparing(Row::studentId));
    try (CsvOutput csv = CsvOutput.create(Path.of(args[1]), "student_id", "school_id",
        "grade_level", "tier", "attendance", "behavior", "coursework")) {
      for (Row row : rows) {
        csv.formattedRow(row.text());
      }
    }
    System.out.printf("plain Java: %d students read, decided and written in %d ms%n",
        rows.size(), (System.nanoTime() - start) / 1_000_000);
  }
}
