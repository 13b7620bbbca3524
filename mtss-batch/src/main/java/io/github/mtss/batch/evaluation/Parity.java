package io.github.mtss.batch.evaluation;

import io.github.mtss.core.evaluation.RateRatio;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Error-rate balance of one subgroup of an equity column against the rest of the students with
 * a known value in that column: the ratios of its recall, false-positive rate and precision to
 * theirs, each {@code null} when undefined (a rate of 0, or no students to compare).
 *
 * @param recall the subgroup's recall over the rest's: below 1, its students with the outcome
 *     are missed more often
 * @param falsePositiveRate the subgroup's false-positive rate over the rest's: above 1, its
 *     students without the outcome are flagged more often
 * @param precision the subgroup's precision over the rest's
 */
public record Parity(@Nullable RateRatio recall, @Nullable RateRatio falsePositiveRate,
    @Nullable RateRatio precision) {

  /** Returns whether any of the three intervals excludes parity. */
  public boolean flagged() {
    return Stream.of(recall, falsePositiveRate, precision)
        .anyMatch(ratio -> ratio != null && ratio.excludesParity());
  }
}
