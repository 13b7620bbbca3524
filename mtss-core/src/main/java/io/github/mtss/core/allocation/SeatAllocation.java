package io.github.mtss.core.allocation;

import io.github.mtss.core.UnmetCause;
import io.github.mtss.core.allocation.internal.MinCostSeatAllocator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Who gets the limited seats: an optimal assignment of requests to services that maximises the
 * total priority of the needs met, with every service within its capacity (a service may have no seat limit) and at most one seat
 * per request (student and need).
 *
 * <p>It is solved as a minimum-cost flow (JGraphT's capacity-scaling algorithm) on a graph whose
 * nodes are groups of interchangeable requests (same priority, same eligible services) rather
 * than students, so 100,000 students and 500 services make a graph of a few thousand nodes and
 * the result stays exactly optimal.
 *
 * <p><b>Deterministic tie-break.</b> The graph is built in a canonical order (groups by priority,
 * highest first, then by their eligible services; services by id), so among equally good
 * allocations the same one is chosen whatever the input order or thread count. Within a group,
 * students take the group's seats in student-id order, and services are filled in id order.
 */
@Value.Immutable
public abstract class SeatAllocation {

  /**
   * One request that got a seat.
   *
   * @param request the request
   * @param serviceId the service whose seat it got
   */
  public record Assignment(SeatRequest request, String serviceId) {}

  /**
   * One request left without a seat.
   *
   * @param request the request
   * @param cause why: {@code CAPACITY} when fitting services were full, otherwise the reason it
   *     fits no service
   */
  public record Unmet(SeatRequest request, UnmetCause cause) {}

  /** Returns the requests that got a seat, sorted by student id, then need. */
  public abstract List<Assignment> assignments();

  /** Returns the requests left without a seat, sorted by student id, then need. */
  public abstract List<Unmet> unmet();

  /** Returns the seats used per service id, every service listed. */
  public abstract SortedMap<String, Integer> seatsUsed();

  /** Returns the total priority of the needs met. */
  @Value.Derived
  public long totalPriority() {
    return assignments().stream().mapToLong(a -> a.request().priority()).sum();
  }

  /**
   * Allocates seats optimally.
   *
   * @param requests the requests, in any order; (student, need) pairs must be unique
   * @param capacities the seats of each service by service id, {@link SeatPlan#UNLIMITED} for a
   *     service with no seat limit (see {@link SeatPlan#capacities})
   * @throws IllegalArgumentException when a (student, need) pair repeats, a capacity is negative
   *     or a request names an unknown service
   */
  public static SeatAllocation allocate(
      Collection<SeatRequest> requests, Map<String, Integer> capacities) {
    return MinCostSeatAllocator.allocate(requests, capacities);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SeatAllocation} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableSeatAllocation.Builder {}
}
