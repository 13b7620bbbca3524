package io.github.mtss.rules.facts;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;
import org.immutables.value.Value;

/**
 * What the indicator rules found for one student, folded into one fact before the tier rules run:
 * the level of each domain (the highest {@link IndicatorLevel} found, {@link Level#NONE} when
 * none) and how many domains are at risk or severe. Tier and need rules match this fact instead
 * of counting findings themselves.
 */
@Value.Immutable
public abstract class DomainLevels implements Finding {
  @Override
  public abstract String studentId();

  /** Returns the attendance level. */
  public abstract Level attendance();

  /** Returns the behavior level. */
  public abstract Level behavior();

  /** Returns the coursework level. */
  public abstract Level coursework();

  /** Returns the level of one domain. */
  public Level level(Domain domain) {
    switch (domain) {
      case ATTENDANCE: return attendance();
      case BEHAVIOR: return behavior();
      default: return coursework();
    }
  }

  /** Returns how many domains are at risk or severe. */
  @Value.Derived
  public int riskDomains() {
    return count(Level.RISK);
  }

  /** Returns how many domains are severe. */
  @Value.Derived
  public int severeDomains() {
    return count(Level.SEVERE);
  }

  private int count(Level atLeast) {
    int count = 0;
    for (Domain domain : Domain.values()) {
      count += level(domain).isAtLeast(atLeast) ? 1 : 0;
    }
    return count;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DomainLevels} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableDomainLevels.Builder {}
}
