package io.github.mtss.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.core.Need;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A plan handed elsewhere as its seats ({@link SeatPlan#of}) assigns as the solved plan does. */
class SeatPlanTest {
  @Property(tries = 50)
  void aPlanRebuiltFromItsSeatsAssignsEveryRequestAsTheSolvedPlan(
      @ForAll @IntRange(min = 1, max = 60) int students, @ForAll @IntRange(min = 0, max = 9) int seed) {
    List<SeatRequest> requests = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 31L + students);
    for (int i = 0; i < students; i++) {
      Set<String> services = new TreeSet<>();
      for (String service : List.of("a", "b", "c")) {
        if (random.nextBoolean()) {
          services.add(service);
        }
      }
      requests.add(SeatRequest.builder().studentId(String.format("s%03d", i)).need(Need.READING)
          .priority(1 + random.nextInt(4)).eligibleServices(services).build());
    }
    requests.sort(Comparator.comparing(SeatRequest::studentId));
    Map<SeatPlan.Group, Integer> sizes = new HashMap<>();
    requests.forEach(r -> r.group().ifPresent(g -> sizes.merge(g, 1, Integer::sum)));
    SeatPlan solved = SeatPlan.solve(sizes, Map.of("a", 3, "b", 2, "c", 5));
    Map<SeatPlan.Group, Map<String, Integer>> seats = new HashMap<>();
    sizes.keySet().forEach(group -> seats.put(group, solved.seats(group)));

    assertThat(outcomes(SeatPlan.of(seats), requests)).isEqualTo(outcomes(solved, requests));
  }

  @Test
  void aNegativeCountOfSeatsIsRefused() {
    SeatPlan.Group group = new SeatPlan.Group(2, new TreeSet<>(Set.of("a")));

    assertThatThrownBy(() -> SeatPlan.of(Map.of(group, Map.of("a", -1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  private static List<String> outcomes(SeatPlan plan, List<SeatRequest> requests) {
    List<String> outcomes = new ArrayList<>();
    plan.assign(requests.iterator(), r -> r, new SeatPlan.Outcomes<SeatRequest, RuntimeException>() {
      @Override
      public void met(SeatRequest request, String serviceId) {
        outcomes.add(request.studentId() + "->" + serviceId);
      }

      @Override
      public void unmet(SeatRequest request, io.github.mtss.core.UnmetCause cause) {
        outcomes.add(request.studentId() + " " + cause);
      }
    });
    return outcomes;
  }
}
