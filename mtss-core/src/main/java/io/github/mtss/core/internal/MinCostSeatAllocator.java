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
    validate(requests, capacities);
    List<Group> groups = groups(requests);
    TreeMap<String, Integer> seats = new TreeMap<>(capacities);
    Map<Group, Map<String, Integer>> flows = new HashMap<>();
    for (List<Group> component : components(groups)) {
      TreeMap<String, Integer> componentSeats = new TreeMap<>();
      component.forEach(g -> g.services().forEach(s -> componentSeats.put(s, seats.get(s))));
      flows.putAll(solve(component, componentSeats));
    }
    List<SeatAllocation.Unmet> ineligible = requests.stream()
        .filter(r -> r.eligibleServices().isEmpty())
        .map(r -> new SeatAllocation.Unmet(r, r.ineligibleCause()))
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    return assemble(groups, flows, seats, ineligible);
  }

  private static void validate(Collection<SeatRequest> requests, Map<String, Integer> capacities) {
    Set<String> keys = new HashSet<>();
    for (SeatRequest r : requests) {
      if (!keys.add(r.studentId() + "\u0000" + r.need())) {
        throw new IllegalArgumentException(
            "request repeated for student " + r.studentId() + " and need " + r.need().id());
      }
      for (String service : r.eligibleServices()) {
        if (!capacities.containsKey(service)) {
          throw new IllegalArgumentException("request names unknown service " + service);
        }
      }
    }
    capacities.forEach((service, seats) -> {
      if (seats < 0) {
        throw new IllegalArgumentException("negative capacity for service " + service);
      }
    });
  }

  private static List<Group> groups(Collection<SeatRequest> requests) {
    Map<List<Object>, List<SeatRequest>> byKey = new HashMap<>();
    for (SeatRequest r : requests) {
      if (!r.eligibleServices().isEmpty()) {
        byKey.computeIfAbsent(List.of(r.priority(), List.copyOf(r.eligibleServices())),
            k -> new ArrayList<>()).add(r);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (List<SeatRequest> members : byKey.values()) {
      members.sort(BY_STUDENT_AND_NEED);
      SeatRequest first = members.get(0);
      groups.add(new Group(first.priority(), List.copyOf(first.eligibleServices()), members));
    }
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
    Map<Group, Map<String, Integer>> flows = new HashMap<>();
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

  private static SeatAllocation assemble(List<Group> groups,
      Map<Group, Map<String, Integer>> flows, TreeMap<String, Integer> seats,
      List<SeatAllocation.Unmet> unmet) {
    List<SeatAllocation.Assignment> assignments = new ArrayList<>();
    TreeMap<String, Integer> used = new TreeMap<>();
    seats.keySet().forEach(service -> used.put(service, 0));
    for (Group group : groups) {
      int next = 0;
      for (Map.Entry<String, Integer> share : flows.getOrDefault(group, Map.of()).entrySet()) {
        for (int i = 0; i < share.getValue(); i++) {
          assignments.add(new SeatAllocation.Assignment(group.requests().get(next++),
              share.getKey()));
        }
        used.merge(share.getKey(), share.getValue(), Integer::sum);
      }
      for (; next < group.requests().size(); next++) {
        unmet.add(new SeatAllocation.Unmet(group.requests().get(next), UnmetCause.CAPACITY));
      }
    }
    return SeatAllocation.builder()
        .assignments(sorted(assignments, SeatAllocation.Assignment::request))
        .unmet(sorted(unmet, SeatAllocation.Unmet::request))
        .seatsUsed(ImmutableSortedMap.copyOf(used))
        .build();
  }

  private static <T> List<T> sorted(List<T> items,
      java.util.function.Function<T, SeatRequest> request) {
    items.sort((a, b) -> BY_STUDENT_AND_NEED.compare(request.apply(a), request.apply(b)));
    return items;
  }

  private static final Comparator<SeatRequest> BY_STUDENT_AND_NEED = (a, b) -> {
    int byStudent = a.studentId().compareTo(b.studentId());
    return byStudent != 0 ? byStudent : a.need().compareTo(b.need());
  };
}
