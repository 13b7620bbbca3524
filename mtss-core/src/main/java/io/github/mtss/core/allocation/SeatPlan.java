package io.github.mtss.core.allocation;

import io.github.mtss.core.allocation.internal.MinCostSeatAllocator;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How many seats of each service each group of interchangeable requests gets in an optimal
 * allocation: the smallest state that keeps the allocation optimal. A group is every request
 * with the same priority and the same eligible services; the optimum depends only on the groups'
 * sizes and the services' capacities, never on which students are in a group.
 *
 * <p>So a screening too large to hold its requests can count them by group, solve the plan, and
 * then stream its requests in student-id order through an {@link Assigner}, which gives each
 * group's seats to its members in that order (services filled in id order): exactly what
 * {@link SeatAllocation#allocate} does with the requests in memory.
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

  private final Map<Group, SortedMap<String, Integer>> seats;

  private SeatPlan(Map<Group, SortedMap<String, Integer>> seats) {
    this.seats = seats;
  }

  /**
   * Solves the plan optimally (maximum total priority of the requests that get a seat).
   *
   * @param sizes the number of requests in each group
   * @param capacities the seats of each service by service id
   * @throws IllegalArgumentException when a size or capacity is negative or a group names an
   *     unknown service
   */
  public static SeatPlan solve(Map<Group, Integer> sizes, Map<String, Integer> capacities) {
    Map<Group, SortedMap<String, Integer>> seats = new HashMap<>();
    MinCostSeatAllocator.solve(sizes, capacities)
        .forEach((group, shares) -> seats.put(group, Collections.unmodifiableSortedMap(new TreeMap<>(shares))));
    return new SeatPlan(seats);
  }

  /** Returns the seats a group gets, by service id; empty when it gets none. */
  public SortedMap<String, Integer> seats(Group group) {
    return seats.getOrDefault(group, Collections.emptySortedMap());
  }

  /** Returns a new assigner handing out this plan's seats. */
  public Assigner assigner() {
    return new Assigner();
  }

  /**
   * Hands out the plan's seats to requests presented in student-id order (then need): each
   * group's seats go to its first members, services in id order. Not thread-safe.
   */
  public final class Assigner {
    private final Map<Group, TreeMap<String, Integer>> left = new HashMap<>();

    private Assigner() {}

    /** Returns the service whose seat the next member of {@code group} gets, or null if none. */
    public @Nullable String seatFor(Group group) {
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
