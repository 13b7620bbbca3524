package io.github.mtss.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The tier a student is placed in after a screen, and why: the screened tier unless a person's
 * override is in force or a running intervention plan holds the student in its tier. Precedence:
 * an override in force wins; otherwise a running plan's tier holds, and a different screened tier
 * is reported as a pending change for the plan's review, never applied silently.
 */
@Value.Immutable
public abstract class TierPlacement {
  /** Returns the student. */
  public abstract String studentId();

  /** Returns the tier the student is placed in. */
  public abstract Tier tier();

  /** Returns the tier the screening rules decided. */
  public abstract Tier screenedTier();

  /** Returns where {@link #tier()} came from. */
  public abstract TierSource source();

  /** Returns a note for staff: the override's author and reason, or the pending change. */
  public abstract String note();

  /** Returns whether the screen would move the student but the placement holds them. */
  public boolean changePending() {
    return tier() != screenedTier();
  }

  /**
   * Places a screened student.
   *
   * @param decision the screen's decision
   * @param overrides the student's overrides (any order); the latest in force on {@code day} wins
   * @param activePlanTier the tier of the student's running plan, or {@code null} when none runs
   * @param day the day of the screen
   */
  public static TierPlacement place(TierDecision decision, Collection<TierOverride> overrides,
      @Nullable Tier activePlanTier, LocalDate day) {
    Tier screened = decision.tier();
    ImmutableTierPlacement.Builder placement = ImmutableTierPlacement.builder()
        .studentId(decision.studentId())
        .screenedTier(screened);
    Optional<TierOverride> override = overrides.stream()
        .filter(o -> o.studentId().equals(decision.studentId()) && o.inForceOn(day))
        .max(Comparator.comparing(TierOverride::decidedOn));
    if (override.isPresent()) {
      TierOverride o = override.get();
      return placement.tier(o.tier()).source(TierSource.OVERRIDE)
          .note("override by " + o.decidedBy() + " on " + o.decidedOn() + ": " + o.reason())
          .build();
    }
    if (activePlanTier != null && activePlanTier != screened) {
      return placement.tier(activePlanTier).source(TierSource.ACTIVE_PLAN)
          .note("screen suggests tier " + screened.number() + "; held in tier "
              + activePlanTier.number() + " until the running plan's review")
          .build();
    }
    return placement.tier(screened).source(TierSource.RULES).note("").build();
  }
}
