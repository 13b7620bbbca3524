package io.github.mtss.spark.internal;

import io.github.mtss.core.allocation.SeatPlan;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A seat plan solved on the driver, in a form that travels to the executors: the seats each
 * group of interchangeable requests gets, by service. Small: one entry per group, never per
 * student.
 *
 * @param groups each group's priority, services and seats
 */
public record PlanSeats(List<GroupSeats> groups) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The seats of one group.
   *
   * @param priority the group's priority
   * @param services the services its requests fit
   * @param seats its seats by service id
   */
  public record GroupSeats(long priority, List<String> services, Map<String, Integer> seats)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Returns the seats {@code plan} gives each of {@code groups}. */
  public static PlanSeats of(SeatPlan plan, Iterable<SeatPlan.Group> groups) {
    List<GroupSeats> seats = new java.util.ArrayList<>();
    for (SeatPlan.Group group : groups) {
      SortedMap<String, Integer> shares = plan.seats(group);
      if (!shares.isEmpty()) {
        seats.add(new GroupSeats(group.priority(), List.copyOf(group.services()),
            new HashMap<>(shares)));
      }
    }
    return new PlanSeats(List.copyOf(seats));
  }

  /** Returns the plan again. */
  public SeatPlan plan() {
    Map<SeatPlan.Group, Map<String, Integer>> seats = new HashMap<>();
    for (GroupSeats group : groups) {
      seats.put(new SeatPlan.Group(group.priority(), new TreeSet<>(group.services())),
          group.seats());
    }
    return SeatPlan.of(seats);
  }
}
