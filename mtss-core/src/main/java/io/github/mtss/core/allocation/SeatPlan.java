package io.github.mtss.core.allocation;

import io.github.mtss.core.Service;
import io.github.mtss.core.UnmetCause;
import java.util.Collection;
import io.github.mtss.core.allocation.internal.MinCostSeatAllocator;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How many seats of each service each group of interchangeable requests gets in an optimal
 * allocation: the smallest state that keeps the allocation optimal. A group is every request
 * with the same priority and the same eligible services; the optimum depends only on the groups'
 * sizes and the services' capacities, never on which students are in a group.
 *
 * <p>So a screening too large to hold its requests can count them by group, solve the plan, and
 * then stream its requests in student-id order through {@link #assign}, which gives each
 * group's seats to its members in that order (services filled in id order): exactly what
 * {@link SeatAllocation#allocate} does with the requests in memory, through the same loop.
 */
public final class SeatPlan {
  /**
   * Requests that are interchangeable for the allocation.
   *
   * @param priority the requests' priority
   * @param services the services every one of them fits, sorted
   */
  public record Group(long priority, SortedSet<String> services) {
    /** Checks that the group has a service and a positive priority. */
    public Group {
      services = Collections.unmodifiableSortedSet(new TreeSet<>(services));
      if (services.isEmpty() || priority <= 0) {
        throw new IllegalArgumentException(
            "a group needs a service and a positive priority: " + priority + " " + services);
      }
    }

    /** Returns the group of a request that fits some service. */
    public static Group of(SeatRequest request) {
      return new Group(request.priority(), request.eligibleServices());
    }
  }

  /**
   * The capacity of a service with no seat limit (a referral service): every request that fits
   * it can get a seat, so such a service is never the cause of an unmet need.
   */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private final Map<Group, SortedMap<String, Integer>> seats;

  private SeatPlan(Map<Group, SortedMap<String, Integer>> seats) {
    this.seats = seats;
  }

  /**
   * Returns the capacities of {@code services} by service id, as {@link #solve} and
   * {@link SeatAllocation#allocate} take them: {@link #UNLIMITED} for a service with no seat
   * limit.
   */
  public static Map<String, Integer> capacities(Collection<Service> services) {
    Map<String, Integer> capacities = new LinkedHashMap<>();
    services.forEach(s -> capacities.put(s.id(), s.capacity().orElse(UNLIMITED)));
    return capacities;
  }

  /**
   * Solves the plan optimally (maximum total priority of the requests that get a seat).
   *
   * @param sizes the number of requests in each group
   * @param capacities the seats of each service by service id, {@link #UNLIMITED} for no limit
   * @throws IllegalArgumentException when a size or capacity is negative or a group names an
   *     unknown service
   */
  public static SeatPlan solve(Map<Group, Integer> sizes, Map<String, Integer> capacities) {
    Map<Group, SortedMap<String, Integer>> seats = new HashMap<>();
    MinCostSeatAllocator.solve(sizes, capacities)
        .forEach((group, shares) -> seats.put(group, Collections.unmodifiableSortedMap(new TreeMap<>(shares))));
    return new SeatPlan(seats);
  }

  /**
   * Returns a plan solved elsewhere, from the seats each group gets as {@link #seats} returned
   * them: for handing a plan solved once (on a Spark driver, say) to the processes that assign its
   * seats, each group's in student-id order.
   *
   * @param seats the seats of each group, by service id
   * @throws IllegalArgumentException when a count of seats is negative (none are left out)
   */
  public static SeatPlan of(Map<Group, ? extends Map<String, Integer>> seats) {
    Map<Group, SortedMap<String, Integer>> copy = new HashMap<>();
    seats.forEach((group, shares) -> {
      SortedMap<String, Integer> kept = new TreeMap<>();
      shares.forEach((service, count) -> {
        if (count < 0) {
          throw new IllegalArgumentException("a group's seats of a service cannot be negative: "
              + group + " " + service + "=" + count);
        }
        if (count > 0) {
          kept.put(service, count);
        }
      });
      if (!kept.isEmpty()) {
        copy.put(group, Collections.unmodifiableSortedMap(kept));
      }
    });
    return new SeatPlan(copy);
  }

  /** Returns the seats a group gets, by service id; empty when it gets none. */
  public SortedMap<String, Integer> seats(Group group) {
    return seats.getOrDefault(group, Collections.emptySortedMap());
  }

  /**
   * Receives the outcome of each request that {@link #assign} hands a seat to, or not.
   *
   * @param <R> the requests
   * @param <X> what receiving may throw
   */
  public interface Outcomes<R, X extends Exception> {
    /** Receives a request that got a seat of {@code serviceId}. */
    void met(R request, String serviceId) throws X;

    /**
     * Receives a request left without a seat: {@code CAPACITY} when the seats of its group are
     * gone, otherwise the reason it fits no service.
     */
    void unmet(R request, UnmetCause cause) throws X;
  }

  /**
   * Hands out this plan's seats to requests presented in student-id order (then need), telling
   * {@code outcomes} of each in turn: each group's seats go to its first members, services in id
   * order. This is the one assign loop: {@link SeatAllocation#allocate} runs it on requests in
   * memory, and a streaming screen on requests read back from disk.
   *
   * @param requests the requests, sorted by student id, then need
   * @param seat the seat request of each
   * @param outcomes receives each request's outcome, in the order of {@code requests}
   * @param <R> the requests
   * @param <X> what receiving may throw
   */
  public <R, X extends Exception> void assign(Iterator<? extends R> requests,
      Function<? super R, SeatRequest> seat, Outcomes<? super R, X> outcomes) throws X {
    Assigner seats = new Assigner();
    while (requests.hasNext()) {
      R request = requests.next();
      SeatRequest claim = seat.apply(request);
      String service = claim.group().map(seats::seatFor).orElse(null);
      if (service != null) {
        outcomes.met(request, service);
      } else {
        outcomes.unmet(request, claim.group().isPresent()
            ? UnmetCause.CAPACITY : claim.ineligibleCause());
      }
    }
  }

  /** Hands out the plan's seats, each group's to its first members. Not thread-safe. */
  private final class Assigner {
    private final Map<Group, TreeMap<String, Integer>> left = new HashMap<>();

    /** Returns the service whose seat the next member of {@code group} gets, or null if none. */
    @Nullable String seatFor(Group group) {
      TreeMap<String, Integer> remaining = left.computeIfAbsent(group,
          g -> new TreeMap<>(seats(g)));
      Map.Entry<String, Integer> first = remaining.firstEntry();
      if (first == null) {
        return null;
      }
      if (first.getValue() == 1) {
        remaining.remove(first.getKey());
      } else {
        remaining.put(first.getKey(), first.getValue() - 1);
      }
      return first.getKey();
    }
  }
}
