package io.github.mtss.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The outcome of screening one student: a level per domain, the context flags, the support tier,
 * and the names of the rules that fired, so that every tier can be explained.
 *
 * <p>Every {@link Domain} is either evaluated, with its entry in {@link #levels()}, or listed in
 * {@link #notEvaluated()} (no data for it) and absent from {@link #levels()}: "not at risk" and
 * "not known" are never confused. {@link #level(Domain)} counts a domain not evaluated as
 * {@link Level#NONE}, as the tier rules do (a missing value never raises a level).
 */
@Value.Immutable
public abstract class TierDecision {

  /** Returns the student. */
  public abstract String studentId();

  /** Returns the student's school. */
  public abstract String schoolId();

  /** Returns the student's grade level. */
  public abstract Grade grade();

  /** Returns the decided support tier. */
  public abstract Tier tier();

  /**
   * Returns the level found in each evaluated domain; a domain not evaluated has no entry (see
   * {@link #notEvaluated()}).
   */
  public abstract Map<Domain, Level> levels();

  /** Returns the domains that could not be evaluated for lack of data; none is in levels(). */
  public abstract Set<Domain> notEvaluated();

  /** Returns the context flags raised, in declaration order. */
  public abstract Set<ContextFlag> flags();

  /**
   * Returns the student's and family's needs, recorded or derived, each with the severity of the
   * indicator behind it ({@link Level#NONE} when none is), in declaration order.
   */
  public abstract Map<Need, Level> needs();

  /**
   * Returns, for each need, the partner services that fit it; empty when the engine was built
   * without services.
   */
  public abstract Map<Need, Eligibility> eligibility();

  /** Returns the plan for engaging the student's family. */
  public abstract FamilyPlan familyPlan();

  /**
   * Returns the names of the rules behind the tier, sorted: the indicator, context-flag and tier
   * rules that fired for this student (a district's rules of those phases included).
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> reasons();

  /**
   * Returns the names of the need and eligibility rules that fired for this student, sorted:
   * they explain the needs and the services that fit them, not the tier. Empty by default.
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> needRules();

  /**
   * Returns the names of the family rules that fired for this student, sorted: they explain the
   * {@link #familyPlan()}. Empty by default.
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> familyRules();

  /**
   * Returns the level in one domain, {@link Level#NONE} for a domain not evaluated: what the tier
   * counts. Use {@link #levels()} or {@link #notEvaluated()} to tell the two apart.
   */
  public Level level(Domain domain) {
    return levels().getOrDefault(domain, Level.NONE);
  }

  /** Returns the reasons as a list, in their sorted order. */
  public List<String> reasonList() {
    return List.copyOf(reasons());
  }

  @Value.Check
  void check() {
    Set<Domain> covered = EnumSet.noneOf(Domain.class);
    covered.addAll(notEvaluated());
    covered.addAll(levels().keySet());
    if (!covered.containsAll(List.of(Domain.values()))
        || levels().keySet().stream().anyMatch(notEvaluated()::contains)) {
      throw new IllegalStateException("each domain needs either a level or to be not evaluated: "
          + "levels " + levels() + ", not evaluated " + notEvaluated());
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TierDecision} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableTierDecision.Builder {}
}
