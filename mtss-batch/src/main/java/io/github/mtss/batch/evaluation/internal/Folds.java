package io.github.mtss.batch.evaluation.internal;

import java.util.SplittableRandom;

/** Seeded assignment of students to cross-validation folds of (nearly) equal size. */
final class Folds {
  private Folds() {}

  /**
   * Returns each position's fold, from 0 to {@code folds - 1}: the positions shuffled with the
   * seed, then dealt out in turn, so folds differ in size by at most one.
   */
  static int[] assign(int size, int folds, long seed) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] fold = new int[size];
    for (int i = 0; i < size; i++) {
      fold[order[i]] = i % folds;
    }
    return fold;
  }
}
