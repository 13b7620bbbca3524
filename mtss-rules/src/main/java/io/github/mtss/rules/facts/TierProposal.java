package io.github.mtss.rules.facts;

import io.github.mtss.core.Tier;
import org.immutables.value.Value;

/**
 * A tier rule's conclusion that a student belongs at least in a {@link Tier}. The decided tier is
 * the most intensive tier proposed; with no proposal a student is in Tier 1.
 */
@Value.Immutable(builder = false)
public abstract class TierProposal implements Finding {
  /** Returns the student the proposal is about. */
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the proposed tier. */
  @Value.Parameter
  public abstract Tier tier();

  /** Returns a proposal. */
  public static TierProposal of(String studentId, Tier tier) {
    return ImmutableTierProposal.of(studentId, tier);
  }
}
