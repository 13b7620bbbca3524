package io.github.mtss.core.allocation;

import io.github.mtss.core.Need;
import io.github.mtss.core.UnmetCause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the optimal seat allocation on random instances. */
class SeatAllocationProperties {

  /**
   * A random allocation problem: requests and the services' capacities, about one service in five
   * with no seat limit ({@link SeatPlan#UNLIMITED}).
   */
  record Instance(List<SeatRequest> requests, Map<String, Integer> capacities) {}

  @Property(tries = 400)
  void noServiceExceedsItsCapacity(@ForAll("instances") Instance instance) {
    SeatAllocation allocation = allocate(instance);
    Map<String, Integer> used = new HashMap<>();
    allocation.assignments().forEach(a -> used.merge(a.serviceId(), 1, Integer::sum));
    used.forEach((service, seats) ->
        assertThat(seats).isLessThanOrEqualTo(instance.capacities().get(service)));
    assertThat(allocation.seatsUsed()).containsAllEntriesOf(used);
  }

  @Property(tries = 400)
  void aRequestThatFitsAServiceWithNoSeatLimitIsAlwaysMet(@ForAll("instances") Instance instance) {
    SeatAllocation allocation = allocate(instance);
    allocation.unmet().forEach(unmet -> assertThat(unmet.request().eligibleServices())
        .noneMatch(service -> instance.capacities().get(service) == SeatPlan.UNLIMITED));
    Statistics.collect(instance.capacities().containsValue(SeatPlan.UNLIMITED));
  }

  @Property(tries = 400)
  void everyRequestEndsInExactlyOneOfAssignedOrUnmet(@ForAll("instances") Instance instance) {
    SeatAllocation allocation = allocate(instance);
    List<SeatRequest> seen = new ArrayList<>();
    allocation.assignments().forEach(a -> seen.add(a.request()));
    allocation.unmet().forEach(u -> seen.add(u.request()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(instance.requests());
    allocation.assignments().forEach(a ->
        assertThat(a.request().eligibleServices()).contains(a.serviceId()));
  }

  @Property(tries = 400)
  void totalPriorityEqualsTheBruteForceOptimum(@ForAll("instances") Instance instance) {
    assertThat(allocate(instance).totalPriority()).isEqualTo(bruteForce(instance));
  }

  @Property(tries = 200)
  void shuffledInputGivesTheSameAllocation(@ForAll("instances") Instance instance) {
    List<SeatRequest> shuffled = new ArrayList<>(instance.requests());
    Collections.shuffle(shuffled, new Random(shuffled.size()));
    Map<String, Integer> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.putAll(instance.capacities());
    assertThat(SeatAllocation.allocate(shuffled, reversed)).isEqualTo(allocate(instance));
  }

  /**
   * The seats actually handed out (not the reported total) are feasible and meet at least the
   * priority of first come, first served in every order tried; and the generator does produce
   * instances where first come, first served falls short, so the comparison can fail.
   */
  @Property(tries = 400)
  void optimalMeetsAtLeastAsMuchPriorityAsFirstComeFirstServed(
      @ForAll("instances") Instance instance) {
    SeatAllocation allocation = allocate(instance);
    Map<String, Integer> left = new HashMap<>(instance.capacities());
    long met = 0;
    for (SeatAllocation.Assignment a : allocation.assignments()) {
      assertThat(a.request().eligibleServices()).contains(a.serviceId());
      assertThat(left.merge(a.serviceId(), -1, Integer::sum)).isNotNegative();
      met += a.request().priority();
    }
    List<SeatRequest> byPriority = new ArrayList<>(instance.requests());
    byPriority.sort(Comparator.comparingLong(SeatRequest::priority).reversed());
    List<SeatRequest> reversed = new ArrayList<>(instance.requests());
    Collections.reverse(reversed);
    for (List<SeatRequest> order : List.of(instance.requests(), byPriority, reversed)) {
      assertThat(met).as("optimal vs first come, first served in %s", order)
          .isGreaterThanOrEqualTo(greedy(order, instance.capacities()));
    }
    Statistics.label("optimal beats first come, first served")
        .collect(met > greedy(instance.requests(), instance.capacities()));
    Statistics.label("optimal beats first come, first served")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 2));
  }

  @Property(tries = 400)
  void aPlanFromGroupSizesAloneStaysWithinSizesAndCapacitiesAndMeetsTheOptimum(
      @ForAll("instances") Instance instance) {
    Map<SeatPlan.Group, Integer> sizes = new HashMap<>();
    instance.requests().stream().filter(r -> !r.eligibleServices().isEmpty())
        .forEach(r -> sizes.merge(SeatPlan.Group.of(r), 1, Integer::sum));
    SeatPlan plan = SeatPlan.solve(sizes, instance.capacities());

    Map<String, Integer> used = new HashMap<>();
    long priority = 0;
    for (Map.Entry<SeatPlan.Group, Integer> group : sizes.entrySet()) {
      int seats = plan.seats(group.getKey()).values().stream().mapToInt(Integer::intValue).sum();
      assertThat(seats).isLessThanOrEqualTo(group.getValue());
      assertThat(group.getKey().services()).containsAll(plan.seats(group.getKey()).keySet());
      plan.seats(group.getKey()).forEach((service, n) -> used.merge(service, n, Integer::sum));
      priority += seats * group.getKey().priority();
    }
    used.forEach((service, n) -> assertThat(n).isLessThanOrEqualTo(
        instance.capacities().get(service)));
    assertThat(priority).isEqualTo(bruteForce(instance));

    Map<SeatPlan.Group, Integer> given = new HashMap<>();
    List<SeatRequest> sorted = new ArrayList<>(instance.requests());
    sorted.sort(Comparator.comparing(SeatRequest::studentId).thenComparing(SeatRequest::need));
    plan.assign(sorted.iterator(), r -> r, new SeatPlan.Outcomes<SeatRequest, RuntimeException>() {
      @Override
      public void met(SeatRequest request, String serviceId) {
        given.merge(SeatPlan.Group.of(request), 1, Integer::sum);
      }

      @Override
      public void unmet(SeatRequest request, UnmetCause cause) {
        assertThat(cause).isEqualTo(request.eligibleServices().isEmpty()
            ? request.ineligibleCause() : UnmetCause.CAPACITY);
      }
    });
    for (SeatPlan.Group group : sizes.keySet()) {
      assertThat(given.getOrDefault(group, 0)).as("the loop hands out exactly the plan's seats")
          .isEqualTo(plan.seats(group).values().stream().mapToInt(Integer::intValue).sum());
    }
  }

  @Provide
  Arbitrary<Instance> instances() {
    Arbitrary<Integer> seats = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0, 3)),
        Tuple.of(1, Arbitraries.just(SeatPlan.UNLIMITED)));
    Arbitrary<Map<String, Integer>> capacities = seats
        .list().ofMinSize(1).ofMaxSize(4)
        .map(list -> {
          Map<String, Integer> map = new TreeMap<>();
          for (int i = 0; i < list.size(); i++) {
            map.put("v" + i, list.get(i));
          }
          return map;
        });
    return capacities.flatMap(caps -> request(List.copyOf(caps.keySet()))
        .list().ofMaxSize(8)
        .map(list -> new Instance(uniquePairs(list), caps)));
  }

  /** Drops repeated (student, need) pairs, so students keep one request per need. */
  private static List<SeatRequest> uniquePairs(List<SeatRequest> requests) {
    Map<String, SeatRequest> unique = new LinkedHashMap<>();
    requests.forEach(r -> unique.putIfAbsent(r.studentId() + "/" + r.need(), r));
    return List.copyOf(unique.values());
  }

  private static Arbitrary<SeatRequest> request(List<String> services) {
    return Combinators.combine(
            Arbitraries.of("s0", "s1", "s2", "s3"),
            Arbitraries.longs().between(1, 9),
            Arbitraries.subsetOf(services),
            Arbitraries.of(Need.READING, Need.FOOD, Need.MENTORING))
        .as((student, priority, eligible, need) -> SeatRequest.builder()
            .studentId(student).need(need).priority(priority)
            .eligibleServices(eligible).build());
  }

  private static SeatAllocation allocate(Instance instance) {
    return SeatAllocation.allocate(instance.requests(), instance.capacities());
  }

  /** Tries every way to give each request one of its services or nothing. */
  static long bruteForce(Instance instance) {
    return best(instance.requests(), 0, new HashMap<>(instance.capacities()));
  }

  private static long best(List<SeatRequest> requests, int index, Map<String, Integer> left) {
    if (index == requests.size()) {
      return 0;
    }
    SeatRequest request = requests.get(index);
    long best = best(requests, index + 1, left);
    for (String service : request.eligibleServices()) {
      if (left.get(service) > 0) {
        left.merge(service, -1, Integer::sum);
        best = Math.max(best, request.priority() + best(requests, index + 1, left));
        left.merge(service, 1, Integer::sum);
      }
    }
    return best;
  }

  /** First come, first served: requests in the order given take their first service with a seat. */
  static long greedy(List<SeatRequest> requests, Map<String, Integer> capacities) {
    Map<String, Integer> left = new HashMap<>(capacities);
    long total = 0;
    for (SeatRequest request : requests) {
      for (String service : new TreeSet<>(request.eligibleServices())) {
        if (left.get(service) > 0) {
          left.merge(service, -1, Integer::sum);
          total += request.priority();
          break;
        }
      }
    }
    return total;
  }
}
