package io.github.mtss.core;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A person's decision to place a student in a tier regardless of the screen, kept for the audit
 * trail: who decided, when, why, and until when it holds. Later screens respect it while it is in
 * force and report what the rules would have decided.
 */
@Value.Immutable
public abstract class TierOverride {
  /** Returns the student. */
  public abstract String studentId();

  /** Returns the tier the person chose. */
  public abstract Tier tier();

  /** Returns who decided, e.g. a staff member's name or role. */
  public abstract String decidedBy();

  /** Returns the day of the decision. */
  public abstract LocalDate decidedOn();

  /** Returns why. */
  public abstract String reason();

  /** Returns the last day the override holds, or {@code null} when it holds until withdrawn. */
  public abstract @Nullable LocalDate expires();

  /** Returns whether the override is in force on {@code day}. */
  public boolean inForceOn(LocalDate day) {
    LocalDate last = expires();
    return !day.isBefore(decidedOn()) && (last == null || !day.isAfter(last));
  }

  @Value.Check
  void check() {
    LocalDate last = expires();
    if (last != null && last.isBefore(decidedOn())) {
      throw new IllegalStateException("override of " + studentId() + " expires (" + last
          + ") before it was decided (" + decidedOn() + ")");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TierOverride} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableTierOverride.Builder {}
}
