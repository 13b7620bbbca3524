package io.github.mtss.core.allocation.internal;

import io.github.mtss.core.allocation.SeatAllocation;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.core.allocation.SeatRequest;
import io.github.mtss.core.UnmetCause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * each eligible service (cost 0), service to sink (capacity = seats, at most the requests of the
 * problem, so that a service with no seat limit is an arc the requests cannot fill; cost 0), and
 * a bypass from source to sink (cost = maxPriority) carrying the requests left unmet. The source supplies one
 * unit per request, so the minimum cost is {@code requests * maxPriority - priority met}: the
 * flow maximises the priority met. Costs are non-negative, as the algorithm requires.
 */
public final class MinCostSeatAllocator {
  private static final Comparator<Group> CANONICAL = Comparator
      .comparingLong(Group::priority).reversed()
      .thenComparing(g -> String.join("\u0000", g.services()));

  private MinCostSeatAllocator() {}

  /** A group of interchangeable requests and its size. */
  private record Group(long priority, List<String> services, int size, SeatPlan.Group key) {}

  /** Allocates seats; see {@link SeatAllocation#allocate}. */
  public static SeatAllocation allocate(
      Collection<SeatRequest> requests, Map<String, Integer> capacities) {
    List<SeatRequest> sorted = new ArrayList<>(requests);
    sorted.sort(BY_STUDENT_AND_NEED);
    checkUnique(sorted);
    Map<SeatPlan.Group, Integer> sizes = new HashMap<>();
    sorted.forEach(r -> r.group().ifPresent(group -> sizes.merge(group, 1, Integer::sum)));
    List<SeatAllocation.Assignment> assignments = new ArrayList<>();
    List<SeatAllocation.Unmet> unmet = new ArrayList<>();
    TreeMap<String, Integer> used = new TreeMap<>();
    capacities.keySet().forEach(service -> used.put(service, 0));
    SeatPlan.solve(sizes, capacities).assign(sorted.iterator(), r -> r,
        new SeatPlan.Outcomes<SeatRequest, RuntimeException>() {
          @Override
          public void met(SeatRequest request, String serviceId) {
            assignments.add(new SeatAllocation.Assignment(request, serviceId));
            used.merge(serviceId, 1, Integer::sum);
          }

          @Override
          public void unmet(SeatRequest request, UnmetCause cause) {
            unmet.add(new SeatAllocation.Unmet(request, cause));
          }
        });
    return SeatAllocation.builder().assignments(assignments).unmet(unmet)
        .seatsUsed(used).build();
  }

  /** Checks requests sorted by student and need: no pair twice. */
  private static void checkUnique(List<SeatRequest> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      if (BY_STUDENT_AND_NEED.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        SeatRequest r = sorted.get(i);
        throw new IllegalArgumentException(
            "request repeated for student " + r.studentId() + " and need " + r.need().id());
      }
    }
  }

  /**
   * Returns, for each group, the seats it gets in each service; see {@link SeatPlan#solve}.
   */
  public static Map<SeatPlan.Group, Map<String, Integer>> solve(
      Map<SeatPlan.Group, Integer> sizes, Map<String, Integer> capacities) {
    capacities.forEach((service, seats) -> {
      if (seats < 0) {
        throw new IllegalArgumentException("negative capacity for service " + service);
      }
    });
    List<Group> groups = new ArrayList<>();
    sizes.forEach((key, size) -> {
      if (size < 0) {
        throw new IllegalArgumentException("negative size for group " + key);
      }
      for (String service : key.services()) {
        if (!capacities.containsKey(service)) {
          throw new IllegalArgumentException("request names unknown service " + service);
        }
      }
      groups.add(new Group(key.priority(), List.copyOf(key.services()), size, key));
    });
    groups.sort(CANONICAL);
    TreeMap<String, Integer> seats = new TreeMap<>(capacities);
    Map<SeatPlan.Group, Map<String, Integer>> flows = new HashMap<>();
    for (List<Group> component : components(groups)) {
      TreeMap<String, Integer> componentSeats = new TreeMap<>();
      component.forEach(g -> g.services().forEach(s -> componentSeats.put(s, seats.get(s))));
      solve(component, componentSeats).forEach((group, shares) -> flows.put(group.key(), shares));
    }
    return flows;
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

  /** Returns, for each group of one problem, the seats it gets in each service. */
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
    int total = groups.stream().mapToInt(Group::size).sum();
    for (Map.Entry<String, Integer> service : seats.entrySet()) {
      graph.addVertex(next);
      serviceNodes.put(service.getKey(), next);
      nodeServices.put(next, service.getKey());
      arc(graph, capacity, next, sink, Math.min(service.getValue(), total), 0);
      next++;
    }
    Map<DefaultWeightedEdge, Group> groupArcs = new HashMap<>();
    for (Group group : groups) {
      int node = next++;
      graph.addVertex(node);
      arc(graph, capacity, source, node, group.size(), maxPriority - group.priority());
      for (String service : group.services()) {
        groupArcs.put(arc(graph, capacity, node, serviceNodes.get(service),
            group.size(), 0), group);
      }
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

  private static final Comparator<SeatRequest> BY_STUDENT_AND_NEED = (a, b) -> {
    int byStudent = a.studentId().compareTo(b.studentId());
    return byStudent != 0 ? byStudent : a.need().compareTo(b.need());
  };
}
