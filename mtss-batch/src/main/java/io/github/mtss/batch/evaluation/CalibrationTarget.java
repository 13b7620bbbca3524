package io.github.mtss.batch.evaluation;

import io.github.mtss.core.evaluation.ConfusionCounts;

/**
 * What a calibration aims for: the highest recall with at most a share of students flagged
 * ({@link #maxFlagged}), or the smallest flagged share reaching a recall ({@link #minRecall}).
 *
 * @param kind which of the two aims
 * @param bound the largest flagged share, or the smallest recall, from 0 to 1
 */
public record CalibrationTarget(Kind kind, double bound) {
  /** The two aims. */
  public enum Kind {
    /** Highest recall while flagging at most {@code bound} of the students. */
    MAX_FLAGGED,
    /** Fewest students flagged while recall is at least {@code bound}. */
    MIN_RECALL
  }

  /** Checks the bound is a share. */
  public CalibrationTarget {
    if (!(bound > 0 && bound <= 1)) {
      throw new IllegalArgumentException("a calibration bound is a share above 0 and at most 1, "
          + "was " + bound);
    }
  }

  /** Returns the aim of the highest recall with at most {@code share} of students flagged. */
  public static CalibrationTarget maxFlagged(double share) {
    return new CalibrationTarget(Kind.MAX_FLAGGED, share);
  }

  /** Returns the aim of the smallest flagged share with a recall of at least {@code recall}. */
  public static CalibrationTarget minRecall(double recall) {
    return new CalibrationTarget(Kind.MIN_RECALL, recall);
  }

  /**
   * Returns whether a flag's confusion table meets the bound: a flagged share of at most the
   * bound, or a recall of at least it (a table without outcomes has a recall of 0).
   */
  public boolean isMetBy(ConfusionCounts counts) {
    return kind == Kind.MAX_FLAGGED ? share(counts.flagged(), counts.students()) <= bound
        : share(counts.flaggedOutcomes(), counts.outcomes()) >= bound;
  }

  /** Returns {@code part / whole}, 0 when the whole is 0. */
  static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Returns how the target is written in files: {@code max_flagged 0.2}. */
  @Override
  public String toString() {
    return (kind == Kind.MAX_FLAGGED ? "max_flagged " : "min_recall ") + bound;
  }
}
