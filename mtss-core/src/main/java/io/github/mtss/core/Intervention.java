package io.github.mtss.core;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A program in the district's intervention catalogue (Ed-Fi Intervention): what it works on, the
 * tiers it serves, who provides it, the strength of its evidence, and its usual dosage, duration
 * and monitoring interval.
 */
@Value.Immutable
public abstract class Intervention {
  /** Returns the intervention's identifier. */
  public abstract String id();

  /** Returns its name, e.g. {@code Check & Connect}. */
  public abstract String name();

  /** Returns what it works on. */
  public abstract InterventionDomain domain();

  /** Returns the tiers it serves. */
  public abstract Set<Tier> tiers();

  /** Returns who provides it: {@code school} or a partner or service id. */
  public abstract String provider();

  /** Returns its ESSA evidence level: 1 strong, 2 moderate, 3 promising, 4 rationale. */
  public abstract int evidenceLevel();

  /** Returns its dosage in minutes per week. */
  public abstract int minutesPerWeek();

  /** Returns its usual duration in weeks. */
  public abstract int durationWeeks();

  /** Returns how often progress is measured, in weeks. */
  public abstract int monitoringWeeks();

  @Value.Check
  void check() {
    if (evidenceLevel() < 1 || evidenceLevel() > 4) {
      throw new IllegalStateException("evidence level must be 1 to 4, was " + evidenceLevel());
    }
    if (minutesPerWeek() < 0 || durationWeeks() < 1 || monitoringWeeks() < 1) {
      throw new IllegalStateException("dosage must not be negative, duration and monitoring "
          + "interval must be at least one week");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Intervention} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableIntervention.Builder {}
}
