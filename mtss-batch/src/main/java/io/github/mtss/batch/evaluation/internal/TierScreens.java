package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Screens the same students under any number of policies with one compiled rule set, each
 * policy once: the tiers of every policy screened are kept (one byte per student), the whole
 * decisions of none.
 */
final class TierScreens {
  private final MtssEngine engine;
  private final int threads;
  private final List<Student> students;
  private final Map<Policy, byte[]> tiers = new HashMap<>();

  TierScreens(MtssEngine engine, int threads, List<Student> students) {
    this.engine = engine;
    this.threads = threads;
    this.students = students;
  }

  /** Returns the decisions under {@code policy}, in the students' (id) order. */
  List<TierDecision> decisions(Policy policy) {
    List<TierDecision> decisions = BatchScreen.builder(engine.withPolicy(policy))
        .threads(threads).build().decide(students);
    tiers.computeIfAbsent(policy, p -> tiersOf(decisions));
    return decisions;
  }

  /** Returns each student's tier number under {@code policy}, screening it the first time. */
  byte[] tiers(Policy policy) {
    byte[] known = tiers.get(policy);
    return known != null ? known : tiersOf(decisions(policy));
  }

  /** Returns how many distinct policies were screened. */
  int screened() {
    return tiers.size();
  }

  private static byte[] tiersOf(List<TierDecision> decisions) {
    byte[] numbers = new byte[decisions.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = (byte) decisions.get(i).tier().number();
    }
    return numbers;
  }
}
