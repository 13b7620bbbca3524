package io.github.mtss.core;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The outcome of screening one student: a level per domain, the context flags, the support tier,
 * and the names of the rules that fired, so that every tier can be explained.
 *
 * <p>{@link #levels()} has an entry for every {@link Domain}; a domain listed in
 * {@link #notEvaluated()} had no data and its level is {@link Level#NONE}.
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

  /** Returns the level found in each domain. */
  public abstract Map<Domain, Level> levels();

  /** Returns the domains that could not be evaluated for lack of data. */
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

  /** Returns the names of the rules that fired for this student, sorted. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> reasons();

  /** Returns the level in one domain. */
  public Level level(Domain domain) {
    return levels().getOrDefault(domain, Level.NONE);
  }

  /** Returns the reasons as a list, in their sorted order. */
  public List<String> reasonList() {
    return reasons().asList();
  }

  @Value.Check
  void check() {
    if (!levels().keySet().containsAll(List.of(Domain.values()))) {
      throw new IllegalStateException("a decision needs a level for every domain: " + levels());
    }
  }

  /** Returns a new builder. */
  public static ImmutableTierDecision.Builder builder() {
    return ImmutableTierDecision.builder();
  }
}
