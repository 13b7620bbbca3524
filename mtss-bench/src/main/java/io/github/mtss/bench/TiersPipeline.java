package io.github.mtss.bench;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.rules.MtssEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * The two sides of the end-to-end benchmark, identical but for who decides: stream
 * students.csv through the tool's reader, decide each chunk of 2,048 students on a pool of
 * threads, either with the rules ({@link MtssEngine}) or with the plain-Java reference evaluator,
 * format each student's tiers.csv row as it is decided, then sort the rows by student id and
 * write them. {@code scripts/bench.sh} times both on the same file and heap. The rules side
 * keeps its compiled rules in {@code $MTSS_RULE_CACHE} when that is set.
 */
public final class TiersPipeline {
  private static final int CHUNK = 2048;

  private TiersPipeline() {}

  /** One formatted row of tiers.csv and its student. */
  private record Row(String studentId, String text) {}

  /** Usage: TiersPipeline rules|plain THREADS students.csv tiers.csv */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Function<List<Student>, List<Row>> decide = args[0].equals("rules") ? rules() : plain();
    ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[1]));
    Semaphore inFlight = new Semaphore(2 * Integer.parseInt(args[1]));
    List<Future<List<Row>>> parts = new ArrayList<>();
    List<Student> chunk = new ArrayList<>();
    StudentCsv.stream(Path.of(args[2]), new CsvInput.Sink<Student>() {
      @Override
      public void accept(CsvInput.Row<Student> row) {
        chunk.add(row.value());
        if (chunk.size() == CHUNK) {
          submit(List.copyOf(chunk));
          chunk.clear();
        }
      }

      @Override
      public void reject(RejectedRow problem) {
        System.err.println(problem);
      }

      private void submit(List<Student> students) {
        inFlight.acquireUninterruptibly();
        parts.add(pool.submit(() -> {
          try {
            return decide.apply(students);
          } finally {
            inFlight.release();
          }
        }));
      }
    });
    parts.add(pool.submit(() -> decide.apply(chunk)));
    List<Row> rows = new ArrayList<>();
    for (Future<List<Row>> part : parts) {
      rows.addAll(part.get());
    }
    pool.shutdown();
    rows.sort(Comparator.comparing(Row::studentId));
    try (CsvOutput csv = CsvOutput.create(Path.of(args[3]), "student_id", "school_id",
        "grade_level", "tier", "attendance", "behavior", "coursework")) {
      for (Row row : rows) {
        csv.formattedRow(row.text());
      }
    }
    System.out.printf("%s, %s thread(s): %d students read, decided and written in %d ms%n",
        args[0], args[1], rows.size(), (System.nanoTime() - start) / 1_000_000);
  }

  private static Function<List<Student>, List<Row>> plain() {
    ReferenceEvaluator reference = new ReferenceEvaluator(Policy.defaults());
    return students -> students.stream().map(s -> {
      ReferenceEvaluator.Outcome o = reference.decide(s);
      return row(s, o.tier(), o.levels());
    }).toList();
  }

  private static Function<List<Student>, List<Row>> rules() {
    MtssEngine.Builder builder = MtssEngine.builder();
    String cache = System.getenv("MTSS_RULE_CACHE");
    if (cache != null) {
      builder.compiledRuleCache(Path.of(cache));
    }
    MtssEngine engine = builder.build();
    return students -> {
      List<TierDecision> decisions = engine.screen(students);
      List<Row> rows = new ArrayList<>(decisions.size());
      for (int i = 0; i < decisions.size(); i++) {
        rows.add(row(students.get(i), decisions.get(i).tier(), decisions.get(i).levels()));
      }
      return rows;
    };
  }

  private static Row row(Student s, Tier tier, Map<Domain, Level> levels) {
    return new Row(s.studentId(), CsvOutput.format(s.studentId(), s.schoolId(),
        s.grade().label(), tier.number(), id(levels, Domain.ATTENDANCE),
        id(levels, Domain.BEHAVIOR), id(levels, Domain.COURSEWORK)));
  }

  /** Returns a domain's level as tiers.csv writes it: {@code none} when not evaluated. */
  private static String id(Map<Domain, Level> levels, Domain domain) {
    return levels.getOrDefault(domain, Level.NONE).id();
  }
}
