package io.github.mtss.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One line of a student's tier history, the audit trail of tier movement: on which day the
 * student was placed in which tier, what the screen decided, where the placement came from and
 * the note that explains it (an override's author and reason, or a change held for review).
 */
@Value.Immutable
public abstract class TierHistoryEntry {
  /** Returns the student. */
  public abstract String studentId();

  /** Returns the day of the placement. */
  public abstract LocalDate day();

  /** Returns the tier the student was placed in. */
  public abstract Tier tier();

  /** Returns the tier the screen decided that day. */
  public abstract Tier screenedTier();

  /** Returns where the placement came from. */
  public abstract TierSource source();

  /** Returns the explanation, empty when the screen's tier was applied. */
  public abstract String note();

  /** Returns whether this entry records the same placement as {@code placement}. */
  public boolean samePlacementAs(TierPlacement placement) {
    return tier() == placement.tier() && screenedTier() == placement.screenedTier()
        && source() == placement.source();
  }

  /** Returns the history entry recording {@code placement} on {@code day}. */
  public static TierHistoryEntry of(TierPlacement placement, LocalDate day) {
    return ImmutableTierHistoryEntry.builder()
        .studentId(placement.studentId())
        .day(day)
        .tier(placement.tier())
        .screenedTier(placement.screenedTier())
        .source(placement.source())
        .note(placement.note())
        .build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TierHistoryEntry} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableTierHistoryEntry.Builder {}
}
