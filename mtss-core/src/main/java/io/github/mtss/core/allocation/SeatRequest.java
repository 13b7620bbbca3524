package io.github.mtss.core.allocation;

import io.github.mtss.core.Need;
import io.github.mtss.core.UnmetCause;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One student's need competing for a seat: its priority and the services the student fits for
 * it. A request with no eligible service can only stay unmet.
 */
@Value.Immutable
public abstract class SeatRequest {
  /** Returns the student. */
  public abstract String studentId();

  /** Returns the need. */
  public abstract Need need();

  /** Returns the priority of meeting it; higher priorities get seats first. */
  public abstract long priority();

  /** Returns the ids of the services the student fits for this need, sorted. */
  @Value.NaturalOrder
  public abstract SortedSet<String> eligibleServices();

  /** Returns why the request has no eligible service; {@code NO_SERVICE} when it has some. */
  @Value.Default
  public UnmetCause ineligibleCause() {
    return UnmetCause.NO_SERVICE;
  }

  /**
   * Returns the group of interchangeable requests this one competes in, empty when it fits no
   * service; computed once.
   */
  @Value.Lazy
  public Optional<SeatPlan.Group> group() {
    return eligibleServices().isEmpty() ? Optional.empty() : Optional.of(SeatPlan.Group.of(this));
  }

  @Value.Check
  void check() {
    if (priority() <= 0) {
      throw new IllegalStateException("priority must be positive: " + priority());
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SeatRequest} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableSeatRequest.Builder {}
}
