package io.github.mtss.core.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * The confusion table of a flag (Tier 2 or more, Tier 3, an indicator at risk, a model's top
 * share) against an outcome (not graduated on time, say) on a group of students, as four counts,
 * and the measures read from it. A measure whose denominator is zero is {@code null}: undefined,
 * never a made-up 0.
 *
 * @param students the students in the group
 * @param outcomes the students with the outcome
 * @param flagged the students flagged
 * @param flaggedOutcomes the students both flagged and with the outcome (true positives)
 */
public record ConfusionCounts(long students, long outcomes, long flagged, long flaggedOutcomes) {
  /** An empty table, to add students to. */
  public static final ConfusionCounts EMPTY = new ConfusionCounts(0, 0, 0, 0);

  /** Checks that the counts fit together: none negative, none above the group. */
  public ConfusionCounts {
    if (flaggedOutcomes < 0 || flaggedOutcomes > Math.min(outcomes, flagged)
        || Math.max(outcomes, flagged) > students
        || outcomes + flagged - flaggedOutcomes > students) {
      throw new IllegalArgumentException("inconsistent confusion counts: students " + students
          + ", outcomes " + outcomes + ", flagged " + flagged + ", flagged with outcome "
          + flaggedOutcomes);
    }
  }

  /** Returns the table with one more student. */
  public ConfusionCounts plus(boolean outcome, boolean isFlagged) {
    return new ConfusionCounts(students + 1, outcomes + (outcome ? 1 : 0),
        flagged + (isFlagged ? 1 : 0), flaggedOutcomes + (outcome && isFlagged ? 1 : 0));
  }

  /** Returns the sum of two tables of disjoint groups. */
  public ConfusionCounts plus(ConfusionCounts other) {
    return new ConfusionCounts(students + other.students, outcomes + other.outcomes,
        flagged + other.flagged, flaggedOutcomes + other.flaggedOutcomes);
  }

  /** Returns the table of the students of this group that are not in {@code part}. */
  public ConfusionCounts minus(ConfusionCounts part) {
    return new ConfusionCounts(students - part.students, outcomes - part.outcomes,
        flagged - part.flagged, flaggedOutcomes - part.flaggedOutcomes);
  }

  /** Returns the students without the outcome. */
  public long nonOutcomes() {
    return students - outcomes;
  }

  /** Returns the flagged students without the outcome (false positives). */
  public long flaggedNonOutcomes() {
    return flagged - flaggedOutcomes;
  }

  /** Returns the students neither flagged nor with the outcome (true negatives). */
  public long unflaggedNonOutcomes() {
    return nonOutcomes() - flaggedNonOutcomes();
  }

  /** Returns the share of students with the outcome (the base rate). */
  public @Nullable Estimate baseRate(double z) {
    return Wilson.interval(outcomes, students, z);
  }

  /** Returns the share of students flagged. */
  public @Nullable Estimate flaggedShare(double z) {
    return Wilson.interval(flagged, students, z);
  }

  /** Returns the recall (sensitivity): the share of students with the outcome that are flagged. */
  public @Nullable Estimate recall(double z) {
    return Wilson.interval(flaggedOutcomes, outcomes, z);
  }

  /** Returns the precision (positive predictive value): the share of flagged with the outcome. */
  public @Nullable Estimate precision(double z) {
    return Wilson.interval(flaggedOutcomes, flagged, z);
  }

  /** Returns the specificity: the share of students without the outcome that are not flagged. */
  public @Nullable Estimate specificity(double z) {
    return Wilson.interval(unflaggedNonOutcomes(), nonOutcomes(), z);
  }

  /** Returns the false-positive rate: the share of students without the outcome flagged. */
  public @Nullable Estimate falsePositiveRate(double z) {
    return Wilson.interval(flaggedNonOutcomes(), nonOutcomes(), z);
  }

  /**
   * Returns the lift: precision over the base rate, how many times likelier a flagged student is
   * to have the outcome than a student picked at random; {@code null} when either is undefined
   * or no student has the outcome.
   */
  public @Nullable Double lift() {
    if (flagged == 0 || outcomes == 0) {
      return null;
    }
    return ((double) flaggedOutcomes / flagged) / ((double) outcomes / students);
  }
}
