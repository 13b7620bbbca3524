package io.github.mtss.core;

import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Which services fit one of a student's needs, and, when none does, why: {@code NO_SERVICE} when
 * no service of the category exists, otherwise the first criterion (in {@link UnmetCause} order)
 * failed by the service that fails the fewest.
 */
@Value.Immutable
public abstract class Eligibility {
  /** Returns the ids of the services that fit, sorted. */
  @Value.NaturalOrder
  public abstract SortedSet<String> eligibleServices();

  /** Returns why no service fits; meaningless when some do. */
  public abstract UnmetCause cause();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Eligibility} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableEligibility.Builder {}
}
