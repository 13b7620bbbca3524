package io.github.mtss.core.internal;

import com.google.common.collect.ImmutableSortedMap;
import io.github.mtss.core.SeatAllocation;
import io.github.mtss.core.SeatRequest;
import io.github.mtss.core.UnmetCause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Optimal seat allocation as a minimum-cost flow. Nodes: a source, one node per group of
 * interchangeable requests (same priority, same eligible services), one node per service, a
 * sink. Arcs: source to group (capacity = group size, cost = maxPriority - priority), group to
 * each eligible service (cost 0), service to sink (capacity = seats, cost 0), and a bypass from
 * source to sink (cost = maxPriority) carrying the requests left unmet. The source supplies one
 * unit per request, so the minimum cost is {@code requests * maxPriority - priority met}: the
 * flow maximises the priority met. Costs are non-negative, as the algorithm requires.
 */
public final class MinCostSeatAllocator {
  private static final Comparator<Group> CANONICAL = Comparator
      .comparingLong(Group::priority).reversed()
      .thenComparing(g -> String.join("\u0000", g.services()));

  private MinCostSeatAllocator() {}

  /** A group of interchangeable requests, students in id order. */
  private record Group(long priority, List<String> services, List<SeatRequest> requests) {}

  /** Allocates seats; see {@link SeatAllocation#allocate}. */
  public static SeatAllocation allocate(
      Collection<SeatRequest> requests, Map<String, Integer> capacities) {
    List<SeatRequest> sorted = new ArrayList<>(requests);
    sorted.sort(BY_STUDENT_AND_NEED);
    validate(sorted, capacities);
    List<Group> groups = groups(sorted);
    TreeMap<String, Integer> seats = new TreeMap<>(capacities);
    Map<Group, Map<String, Integer>> flows = new IdentityHashMap<>();
    for (List<Group> component : components(groups)) {
      TreeMap<String, Integer> componentSeats = new TreeMap<>();
      component.forEach(g -> g.services().forEach(s -> componentSeats.put(s, seats.get(s))));
      flows.putAll(solve(component, componentSeats));
    }
    return assemble(sorted, groups, flows, seats);
  }

  /** Checks requests sorted by student and need: no pair twice, no unknown service. */
  private static void validate(List<SeatRequest> sorted, Map<String, Integer> capacities) {
    Set<Set<String>> checked = new HashSet<>();
    SeatRequest previous = null;
    for (SeatRequest r : sorted) {
      if (previous != null && BY_STUDENT_AND_NEED.compare(previous, r) == 0) {
        throw new IllegalArgumentException(
            "request repeated for student " + r.studentId() + " and need " + r.need().id());
      }
      previous = r;
      if (checked.add(r.eligibleServices())) {
        for (String service : r.eligibleServices()) {
          if (!capacities.containsKey(service)) {
            throw new IllegalArgumentException("request names unknown service " + service);
          }
        }
      }
    }
    capacities.forEach((service, seats) -> {
      if (seats < 0) {
        throw new IllegalArgumentException("negative capacity for service " + service);
      }
    });
  }

  /** The requests sharing a priority and eligible services. */
  private record GroupKey(long priority, Set<String> services) {}

  /** Groups requests sorted by student and need; members keep that order. */
  private static List<Group> groups(List<SeatRequest> sorted) {
    Map<GroupKey, List<SeatRequest>> byKey = new HashMap<>();
    for (SeatRequest r : sorted) {
      if (!r.eligibleServices().isEmpty()) {
        byKey.computeIfAbsent(new GroupKey(r.priority(), r.eligibleServices()),
            k -> new ArrayList<>()).add(r);
      }
    }
    List<Group> groups = new ArrayList<>();
    byKey.forEach((key, members) ->
        groups.add(new Group(key.priority(), List.copyOf(key.services()), members)));
    groups.sort(CANONICAL);
    return groups;
  }

  /**
   * Splits the groups into independent problems: two groups are in the same one when they share
   * a service, directly or through other groups. Seats are never traded between problems, so
   * solving each alone is exactly optimal, and much faster than one large flow (services of one
   * need category and school form a problem of their own unless a district-wide service joins
   * them). Each problem keeps the groups' canonical order; problems come in the order of their
   * first group.
   */
  private static List<List<Group>> components(List<Group> groups) {
    Map<String, String> parent = new HashMap<>();
    for (Group group : groups) {
      String first = root(parent, group.services().get(0));
      for (String service : group.services()) {
        String other = root(parent, service);
        if (!other.equals(first)) {
          parent.put(other, first);
        }
      }
    }
    Map<String, List<Group>> byRoot = new LinkedHashMap<>();
    for (Group group : groups) {
      byRoot.computeIfAbsent(root(parent, group.services().get(0)), r -> new ArrayList<>())
          .add(group);
    }
    return new ArrayList<>(byRoot.values());
  }

  /** Union-find root of a service, compressing the path. */
  private static String root(Map<String, String> parent, String service) {
    String root = service;
    for (String up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    for (String at = service; !at.equals(root); ) {
      String up = parent.get(at);
      parent.put(at, root);
      at = up;
    }
    return root;
  }

  /** Returns, for each group, the seats it gets in each service. */
  private static Map<Group, Map<String, Integer>> solve(
      List<Group> groups, TreeMap<String, Integer> seats) {
    Map<Group, Map<String, Integer>> flows = new IdentityHashMap<>();
    if (groups.isEmpty()) {
      return flows;
    }
    long maxPriority = groups.get(0).priority();
    Graph<Integer, DefaultWeightedEdge> graph =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int source = 0;
    int sink = 1;
    graph.addVertex(source);
    graph.addVertex(sink);
    Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
    Map<String, Integer> serviceNodes = new HashMap<>();
    Map<Integer, String> nodeServices = new HashMap<>();
    int next = 2;
    for (Map.Entry<String, Integer> service : seats.entrySet()) {
      graph.addVertex(next);
      serviceNodes.put(service.getKey(), next);
      nodeServices.put(next, service.getKey());
      arc(graph, capacity, next, sink, service.getValue(), 0);
      next++;
    }
    int total = 0;
    Map<DefaultWeightedEdge, Group> groupArcs = new HashMap<>();
    for (Group group : groups) {
      int node = next++;
      graph.addVertex(node);
      arc(graph, capacity, source, node, group.requests().size(), maxPriority - group.priority());
      for (String service : group.services()) {
        groupArcs.put(arc(graph, capacity, node, serviceNodes.get(service),
            group.requests().size(), 0), group);
      }
      total += group.requests().size();
    }
    arc(graph, capacity, source, sink, total, maxPriority);
    int supply = total;
    MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
        new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(
            new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                v -> v == source ? supply : v == sink ? -supply : 0, capacity::get));
    groupArcs.forEach((arc, group) -> {
      int units = (int) Math.round(flow.getFlow(arc));
      if (units > 0) {
        String service = nodeServices.get(graph.getEdgeTarget(arc));
        flows.computeIfAbsent(group, g -> new TreeMap<>()).merge(service, units, Integer::sum);
      }
    });
    return flows;
  }

  private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> graph,
      Map<DefaultWeightedEdge, Integer> capacity, int from, int to, int units, double cost) {
    DefaultWeightedEdge edge = graph.addEdge(from, to);
    graph.setEdgeWeight(edge, cost);
    capacity.put(edge, units);
    return edge;
  }

  /**
   * Gives each group's seats to its first members (student-id order), then lists every request,
   * in the sorted order, as assigned or unmet.
   */
  private static SeatAllocation assemble(List<SeatRequest> sorted, List<Group> groups,
      Map<Group, Map<String, Integer>> flows, TreeMap<String, Integer> seats) {
    Map<SeatRequest, String> seated = new IdentityHashMap<>();
    TreeMap<String, Integer> used = new TreeMap<>();
    seats.keySet().forEach(service -> used.put(service, 0));
    for (Group group : groups) {
      int next = 0;
      for (Map.Entry<String, Integer> share : flows.getOrDefault(group, Map.of()).entrySet()) {
        for (int i = 0; i < share.getValue(); i++) {
          seated.put(group.requests().get(next++), share.getKey());
        }
        used.merge(share.getKey(), share.getValue(), Integer::sum);
      }
    }
    List<SeatAllocation.Assignment> assignments = new ArrayList<>(seated.size());
    List<SeatAllocation.Unmet> unmet = new ArrayList<>(sorted.size() - seated.size());
    for (SeatRequest r : sorted) {
      String service = seated.get(r);
      if (service != null) {
        assignments.add(new SeatAllocation.Assignment(r, service));
      } else {
        unmet.add(new SeatAllocation.Unmet(r,
            r.eligibleServices().isEmpty() ? r.ineligibleCause() : UnmetCause.CAPACITY));
      }
    }
    return SeatAllocation.builder()
        .assignments(assignments)
        .unmet(unmet)
        .seatsUsed(ImmutableSortedMap.copyOf(used))
        .build();
  }

  private static final Comparator<SeatRequest> BY_STUDENT_AND_NEED = (a, b) -> {
    int byStudent = a.studentId().compareTo(b.studentId());
    return byStudent != 0 ? byStudent : a.need().compareTo(b.need());
  };
}
