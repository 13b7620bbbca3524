package io.github.mtss.core.allocation;

import io.github.mtss.core.Eligibility;
import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns screening decisions into the requests that compete for seats. */
public final class SeatRequests {
  private SeatRequests() {}

  /**
   * Returns one request per need of each decision that has eligibility information, with the
   * priority {@link Policy#priority(Tier, Level)} gives its tier and severity.
   */
  public static List<SeatRequest> from(List<TierDecision> decisions, Policy policy) {
    List<SeatRequest> requests = new ArrayList<>();
    for (TierDecision decision : decisions) {
      requests.addAll(of(decision, policy));
    }
    return requests;
  }

  /** Returns the requests of one decision, as {@link #from} makes them. */
  public static List<SeatRequest> of(TierDecision decision, Policy policy) {
    List<SeatRequest> requests = new ArrayList<>(decision.eligibility().size());
    for (Map.Entry<Need, Eligibility> need : decision.eligibility().entrySet()) {
      requests.add(SeatRequest.builder()
          .studentId(decision.studentId())
          .need(need.getKey())
          .priority(policy.priority(decision.tier(), decision.needs().get(need.getKey())))
          .eligibleServices(need.getValue().eligibleServices())
          .ineligibleCause(need.getValue().cause())
          .build());
    }
    return requests;
  }
}
