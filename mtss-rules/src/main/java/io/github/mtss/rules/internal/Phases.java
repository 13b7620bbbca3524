package io.github.mtss.rules.internal;

import java.util.List;

/**
 * The phases of a screening, in the order they run. A rule joins a phase with
 * {@code ruleflow-group "name"}; a pack rule in no known phase is refused when the rules are
 * compiled. Between phases the screening session folds each student's findings into the facts
 * the next phase matches ({@code DomainLevels} after indicators, {@code TierAssigned} after
 * tiers, {@code ServiceCandidate}s after needs).
 */
public final class Phases {
  /** Indicator cut-points and context flags. */
  public static final String INDICATORS = "indicators";
  /** Tier decisions. */
  public static final String TIERS = "tiers";
  /** Recorded and derived needs. */
  public static final String NEEDS = "needs";
  /** Which partner services fit each need. */
  public static final String ELIGIBILITY = "eligibility";
  /** The family engagement plan. */
  public static final String FAMILY = "family";
  /** Every phase of a screening, in order. */
  public static final List<String> ALL = List.of(INDICATORS, TIERS, NEEDS, ELIGIBILITY, FAMILY);
  /** The phase of a plan review, which runs in a session of its own. */
  public static final String PROGRESS = "progress";
  /** Every phase a pack rule may name. */
  public static final List<String> KNOWN = List.of(INDICATORS, TIERS, NEEDS, ELIGIBILITY, FAMILY,
      PROGRESS);

  private Phases() {}
}
