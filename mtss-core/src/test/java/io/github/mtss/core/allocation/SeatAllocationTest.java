package io.github.mtss.core.allocation;

import io.github.mtss.core.Need;
import io.github.mtss.core.UnmetCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed allocations. */
class SeatAllocationTest {
  private static SeatRequest request(String student, long priority, String... services) {
    return SeatRequest.builder().studentId(student).need(Need.READING).priority(priority)
        .eligibleServices(Set.of(services)).build();
  }

  @Test
  void optimalBeatsFirstComeWhereGreedyTakesTheOnlySeatAnotherCouldUse() {
    // a fits both tutoring programs, b only the library one; first-come gives a the library seat
    // and leaves b (Tier 3, priority 6) unmet; optimal gives a the volunteer seat.
    List<SeatRequest> requests = List.of(request("a", 3, "library", "volunteer"),
        request("b", 6, "library"));
    Map<String, Integer> seats = Map.of("library", 1, "volunteer", 1);

    SeatAllocation allocation = SeatAllocation.allocate(requests, seats);

    assertThat(allocation.totalPriority()).isEqualTo(9);
    assertThat(allocation.assignments()).extracting(a -> a.request().studentId() + "->"
        + a.serviceId()).containsExactly("a->volunteer", "b->library");
    assertThat(SeatAllocationProperties.greedy(requests, seats)).isEqualTo(3);
  }

  @Test
  void higherPriorityWinsTheLastSeatAndTheOtherIsUnmetForCapacity() {
    SeatAllocation allocation = SeatAllocation.allocate(
        List.of(request("a", 1, "x"), request("b", 7, "x")), Map.of("x", 1));

    assertThat(allocation.assignments()).extracting(a -> a.request().studentId())
        .containsExactly("b");
    assertThat(allocation.unmet()).singleElement()
        .satisfies(u -> assertThat(u.cause()).isEqualTo(UnmetCause.CAPACITY));
    assertThat(allocation.seatsUsed()).containsEntry("x", 1);
  }

  @Test
  void equalPrioritiesGoToTheLowestStudentIdsFirst() {
    SeatAllocation allocation = SeatAllocation.allocate(
        List.of(request("c", 2, "x"), request("a", 2, "x"), request("b", 2, "x")),
        Map.of("x", 2));

    assertThat(allocation.assignments()).extracting(a -> a.request().studentId())
        .containsExactly("a", "b");
  }

  @Test
  void aRequestWithNoEligibleServiceKeepsItsCause() {
    SeatRequest lonely = SeatRequest.builder().studentId("a").need(Need.VISION).priority(3)
        .ineligibleCause(UnmetCause.LANGUAGE).build();

    SeatAllocation allocation = SeatAllocation.allocate(List.of(lonely), Map.of("x", 4));

    assertThat(allocation.unmet()).singleElement()
        .satisfies(u -> assertThat(u.cause()).isEqualTo(UnmetCause.LANGUAGE));
    assertThat(allocation.seatsUsed()).containsEntry("x", 0);
  }

  @Test
  void repeatedRequestsAndUnknownServicesAreRefused() {
    assertThatThrownBy(() -> SeatAllocation.allocate(
        List.of(request("a", 1, "x"), request("a", 2, "x")), Map.of("x", 1)))
        .hasMessageContaining("repeated");
    assertThatThrownBy(() -> SeatAllocation.allocate(List.of(request("a", 1, "y")),
        Map.of("x", 1))).hasMessageContaining("unknown service y");
  }
}
