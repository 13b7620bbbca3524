package io.github.mtss.core.equity;

import io.github.mtss.core.Tier;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The disproportionality of one subgroup on one outcome: how many of its students have the
 * outcome (Tier 3, or Tiers 2-3) against everyone else, and the risk ratio of the two risks.
 */
@Value.Immutable
public abstract class RiskRatio {
  /** Returns the demographic column, e.g. {@code race_ethnicity}. */
  public abstract String column();

  /** Returns the subgroup, a value of the column. */
  public abstract String group();

  /** Returns the outcome, {@code tier3} or {@code tier2_3}. */
  public abstract String outcome();

  /** Returns the students in the subgroup. */
  public abstract int groupSize();

  /** Returns the students in the subgroup with the outcome. */
  public abstract int groupWithOutcome();

  /** Returns every other student. */
  public abstract int othersSize();

  /** Returns every other student with the outcome. */
  public abstract int othersWithOutcome();

  /** Returns whether the ratio was flagged as above the policy's threshold. */
  public abstract boolean flagged();

  /** Returns the subgroup's risk, the share with the outcome; NaN for an empty group. */
  public double groupRisk() {
    return groupSize() == 0 ? Double.NaN : (double) groupWithOutcome() / groupSize();
  }

  /** Returns the risk of everyone else. */
  public double othersRisk() {
    return othersSize() == 0 ? Double.NaN : (double) othersWithOutcome() / othersSize();
  }

  /**
   * Returns the risk ratio, or {@code null} when it is undefined because no other student has
   * the outcome (division by a zero risk) or a group is empty; {@link #undefinedBecause()} says
   * which.
   */
  public @Nullable Double ratio() {
    return undefinedBecause() == null ? groupRisk() / othersRisk() : null;
  }

  /** Returns why the ratio is undefined, or {@code null} when it is defined. */
  public @Nullable String undefinedBecause() {
    if (groupSize() == 0 || othersSize() == 0) {
      return "no students to compare with";
    }
    return othersWithOutcome() == 0 ? "no other student has the outcome (zero risk)" : null;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RiskRatio} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableRiskRatio.Builder {}
}
