package io.github.mtss.batch.evaluation;

import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;

/**
 * Which students count as flagged by the screening: Tier 2 or 3, or Tier 3 only. For an indicator
 * domain the same two flags read as "at risk or severe" and "severe", the levels that alone place
 * a student in Tier 2 and Tier 3 under the default tier rules.
 */
public enum Flag {
  /** Tier 2 or 3; a domain at risk or severe. Written {@code tier>=2}. */
  TIER_2_OR_3("tier>=2", Tier.TIER_2, Level.RISK),
  /** Tier 3; a domain severe. Written {@code tier3}. */
  TIER_3("tier3", Tier.TIER_3, Level.SEVERE);

  private final String id;
  private final Tier lowestTier;
  private final Level lowestLevel;

  Flag(String id, Tier lowestTier, Level lowestLevel) {
    this.id = id;
    this.lowestTier = lowestTier;
    this.lowestLevel = lowestLevel;
  }

  /** Returns the name used in files and options: {@code tier>=2} or {@code tier3}. */
  public String id() {
    return id;
  }

  /** Returns whether a student of {@code tier} is flagged. */
  public boolean flags(Tier tier) {
    return tier.compareTo(lowestTier) >= 0;
  }

  /** Returns whether a domain at {@code level} is flagged. */
  public boolean flags(Level level) {
    return level.isAtLeast(lowestLevel);
  }

  /**
   * Returns the flag named {@code id}.
   *
   * @throws IllegalArgumentException naming the flags there are
   */
  public static Flag parse(String id) {
    for (Flag flag : values()) {
      if (flag.id.equals(id)) {
        return flag;
      }
    }
    throw new IllegalArgumentException("unknown flag '" + id + "'; use tier>=2 or tier3");
  }
}
