package io.github.mtss.bench;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import java.util.List;

/**
 * Checks that the Drools rules decide exactly as the plain-Java reference evaluator on many
 * generated students: tier, level per domain, domains not evaluated and flags.
 */
public final class ReferenceCheck {
  private ReferenceCheck() {}

  /**
   * Compares both paths on {@code count} students (screened in slices to bound memory).
   *
   * @return the number of students whose decisions differ, with the first difference printed
   */
  public static long run(MtssEngine engine, int count, long seed) {
    ReferenceEvaluator reference = new ReferenceEvaluator(engine.policy());
    long differences = 0;
    int slice = 50_000;
    for (int start = 0; start < count; start += slice) {
      List<Student> students = BenchStudents.generate(Math.min(slice, count - start), seed,
          start);
      List<TierDecision> decisions = engine.screen(students);
      for (int i = 0; i < students.size(); i++) {
        Student student = students.get(i);
        TierDecision decision = decisions.get(i);
        ReferenceEvaluator.Outcome expected = reference.decide(student);
        if (!sameOutcome(expected, decision)) {
          if (differences == 0) {
            System.out.println("first difference: " + student + "\n  rules: " + decision
                + "\n  reference: " + expected);
          }
          differences++;
        }
      }
    }
    return differences;
  }

  private static boolean sameOutcome(ReferenceEvaluator.Outcome expected, TierDecision actual) {
    return expected.tier() == actual.tier() && expected.levels().equals(actual.levels())
        && expected.notEvaluated().equals(actual.notEvaluated())
        && expected.flags().equals(actual.flags());
  }

  /** Runs the check on {@code args[0]} students (default 1,000,000). */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MtssEngine engine = MtssEngine.builder().policy(Policy.defaults()).build();
    long start = System.nanoTime();
    long differences = run(engine, count, 1);
    System.out.printf("%d students, %d differences between rules and reference (%.1f s)%n",
        count, differences, (System.nanoTime() - start) / 1e9);
    System.exit(differences == 0 ? 0 : 1);
  }
}
