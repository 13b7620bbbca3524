package io.github.mtss.core.progress;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * What a progress review decides for a plan (NCRTI data-based decision making).
 *
 * <p>When several rules conclude about one plan (a district's rules beside the defaults), the
 * outcome that gives the student the most support wins: {@link #strongest} ranks them by
 * {@link #precedence()}, refer &gt; intensify &gt; exit &gt; raise goal &gt; continue &gt; too
 * early. The declaration order below is the order of the review, not this precedence.
 */
public enum ProgressOutcome {
  /** Too little time or too few points to decide; keep collecting data. */
  TOO_EARLY(0),
  /** Progress follows the aimline; keep the plan. */
  CONTINUE(1),
  /** Progress falls short; intensify the intervention or change it. */
  INTENSIFY(4),
  /** Progress beats the aimline; raise the goal, or fade the support. */
  RAISE_GOAL(2),
  /** The goal is met; move the student to a less intensive tier. */
  EXIT_TO_LOWER_TIER(3),
  /** Low level and low growth (dual discrepancy); refer to a more intensive tier. */
  REFER_TO_HIGHER_TIER(5);

  private static final Comparator<ProgressOutcome> BY_PRECEDENCE =
      Comparator.comparingInt(ProgressOutcome::precedence);

  private final String id = name().toLowerCase(Locale.ROOT);
  private final int precedence;

  ProgressOutcome(int precedence) {
    this.precedence = precedence;
  }

  /** Returns the identifier used in files, e.g. {@code raise_goal}. */
  public String id() {
    return id;
  }

  /**
   * Returns the rank of this outcome when rules disagree: the higher, the more support it gives
   * ({@code REFER_TO_HIGHER_TIER} 5, {@code INTENSIFY} 4, {@code EXIT_TO_LOWER_TIER} 3,
   * {@code RAISE_GOAL} 2, {@code CONTINUE} 1, {@code TOO_EARLY} 0).
   */
  public int precedence() {
    return precedence;
  }

  /**
   * Returns the outcome of highest {@link #precedence()} among those the rules concluded, or
   * {@code CONTINUE} when no rule concluded.
   */
  public static ProgressOutcome strongest(Collection<ProgressOutcome> outcomes) {
    return outcomes.stream().max(BY_PRECEDENCE).orElse(CONTINUE);
  }
}
