package io.github.mtss.rules.facts;

import io.github.mtss.core.Tier;
import org.immutables.value.Value;

/**
 * The tier decided for one student, inserted after the tier rules have run (the most intensive
 * {@link TierProposal}, Tier 1 when none), so need and family rules can match it.
 */
@Value.Immutable(builder = false)
public abstract class TierAssigned implements Finding {
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the decided tier. */
  @Value.Parameter
  public abstract Tier tier();

  /** Returns the fact. */
  public static TierAssigned of(String studentId, Tier tier) {
    return ImmutableTierAssigned.of(studentId, tier);
  }
}
