package io.github.mtss.bench;

import io.github.mtss.core.Policy;
import io.github.mtss.core.allocation.SeatAllocation;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.batch.BatchScreen;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Prints the benchmark table of docs/performance.md: decide-only throughput of the rules against
 * the plain-Java reference evaluator, batched versus per-student sessions, ten times the rules,
 * two threads versus one, heap per decided student, KieBase build time and seat allocation at
 * district scale. Timings are the best of three runs after at least two seconds of warm-up.
 */
public final class BenchTable {
  private static final int STUDENTS = 100_000;
  private static final int RUNS = 3;
  private static final long WARM_UP_NANOS = 2_000_000_000L;

  private BenchTable() {}

  /** Runs every measurement and prints a markdown table. */
  public static void main(String[] args) throws IOException {
    List<String> rows = new ArrayList<>();
    List<Student> students = BenchStudents.generate(STUDENTS, 1);

    long buildStart = System.nanoTime();
    MtssEngine engine = MtssEngine.builder().build();
    rows.add(row("KieBase build (default rules, cold JVM)", seconds(buildStart), "s", ""));

    double rules = best(() -> engine.screen(students));
    ReferenceEvaluator reference = new ReferenceEvaluator(Policy.defaults());
    double plain = best(() -> students.stream().map(reference::decide).toList());
    rows.add(row("decide only, rules (1 thread)", STUDENTS / rules, "students/s", ""));
    rows.add(row("decide only, plain Java (1 thread)", STUDENTS / plain, "students/s", ""));
    rows.add(row("decide-only ratio rules / plain", plain / rules, "", "(higher is better)"));

    MtssEngine perStudent = MtssEngine.builder().batchSize(1).build();
    List<Student> few = students.subList(0, 10_000);
    double single = best(() -> perStudent.screen(few)) * 10;
    rows.add(row("one session per student vs batched", single / rules, "x slower", ""));

    MtssEngine tenfold = MtssEngine.builder().rulePack(ExtraRules.write(9)).build();
    double heavy = best(() -> tenfold.screen(students));
    rows.add(row("rules x10 (" + tenfold.ruleSet().activeRules() + " rules) cost growth",
        heavy / rules, "x", "target <= 3x"));

    BatchScreen onTwo = BatchScreen.builder(engine).threads(2).build();
    BatchScreen onOne = BatchScreen.builder(engine).threads(1).build();
    double two = best(() -> onTwo.decide(students));
    double one = best(() -> onOne.decide(students));
    rows.add(row("2 threads vs 1", one / two, "x", "target >= 1.7x"));

    rows.add(row("heap per decided student", heapPerDecision(engine, students), "bytes", ""));

    AllocationScale.Problem problem = AllocationScale.generate(100_000, 500, 7);
    double allocation = best(() -> SeatAllocation.allocate(problem.requests(),
        problem.capacities()));
    rows.add(row("allocation 100k students x 500 services", allocation, "s", "target <= 5 s"));

    System.out.println("| measure | value | unit | note |\n|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  /**
   * Returns the best of {@link #RUNS} timed runs, after untimed runs for at least
   * {@link #WARM_UP_NANOS} (and at least one), so that a fast measure (the plain evaluator takes
   * tens of milliseconds) is timed compiled, as a slow one is.
   */
  private static double best(Supplier<?> work) {
    long warmUpStart = System.nanoTime();
    do {
      work.get();
    } while (System.nanoTime() - warmUpStart < WARM_UP_NANOS);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    return best;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static long heapPerDecision(MtssEngine engine, List<Student> students) {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    List<TierDecision> decisions = engine.screen(students);
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    return decisions.isEmpty() ? 0 : (after - before) / decisions.size();
  }

  private static String row(String measure, double value, String unit, String note) {
    return String.format(Locale.ROOT, "| %s | %s | %s | %s |", measure,
        value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
            : String.format(Locale.ROOT, "%.2f", value), unit, note);
  }

  /** Writes a rule pack of synthetic extra indicator rules, {@code copies} per default rule. */
  static final class ExtraRules {
    private ExtraRules() {}

    static Path write(int copies) throws IOException {
      Path dir = Files.createTempDirectory("mtss-extra-rules");
      StringBuilder drl = new StringBuilder("package bench.extra;\n"
          + "import io.github.mtss.core.*;\n");
      for (int i = 0; i < copies * 7; i++) {
        drl.append(String.format(Locale.ROOT, "rule \"Extra attendance cut %d\"%n"
            + "    ruleflow-group \"indicators\"%nwhen%n    $p : Policy()%n"
            + "    $s : Student( attendanceRate != null, attendanceRate < %.4f )%n"
            + "then%nend%n%n", i, 0.5 + i * 0.001));
        drl.append(String.format(Locale.ROOT, "rule \"Extra behavior cut %d\"%n"
            + "    ruleflow-group \"indicators\"%nwhen%n"
            + "    $s : Student( incidentsMinor != null, incidentsMinor > %d )%n"
            + "then%nend%n%n", i, 10 + i));
      }
      Files.writeString(dir.resolve("extra.drl"), drl);
      return dir;
    }
  }
}
