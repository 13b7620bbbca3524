package io.github.mtss.batch.internal;

import com.google.common.collect.Lists;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Screens students on several threads with one shared engine and returns the decisions sorted by
 * student id, so the result is the same whatever the thread count or input order.
 */
public final class ParallelScreening {
  private static final int CHUNKS_PER_THREAD = 4;
  private static final int MAX_CHUNK = 20_000;

  private ParallelScreening() {}

  /** Screens the students on {@code threads} threads. */
  public static List<TierDecision> screen(MtssEngine engine, List<Student> students, int threads) {
    return screen(engine, students, threads, done -> { });
  }

  /**
   * Screens the students on {@code threads} threads, telling {@code progress} how many are
   * screened as parts finish.
   */
  public static List<TierDecision> screen(MtssEngine engine, List<Student> students, int threads,
      LongConsumer progress) {
    List<TierDecision> decisions = new ArrayList<>(students.size());
    if (threads <= 1 || students.size() < 2) {
      decisions.addAll(engine.screen(students));
    } else {
      screenInParallel(engine, students, threads, progress, decisions);
    }
    decisions.sort(Comparator.comparing(TierDecision::studentId));
    return decisions;
  }

  private static void screenInParallel(MtssEngine engine, List<Student> students, int threads,
      LongConsumer progress, List<TierDecision> decisions) {
    int chunk = Math.max(1, Math.min(MAX_CHUNK, (students.size() + threads * CHUNKS_PER_THREAD
        - 1) / (threads * CHUNKS_PER_THREAD)));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<TierDecision>>> parts = new ArrayList<>();
      for (List<Student> part : Lists.partition(students, chunk)) {
        parts.add(pool.submit(() -> engine.screen(part)));
      }
      for (Future<List<TierDecision>> part : parts) {
        decisions.addAll(Tasks.join(part));
        progress.accept(decisions.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
