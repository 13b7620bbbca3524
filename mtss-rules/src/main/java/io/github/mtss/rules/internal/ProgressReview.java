package io.github.mtss.rules.internal;

import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.progress.PlanReview;
import io.github.mtss.core.Policy;
import io.github.mtss.rules.facts.ProgressDecision;
import io.github.mtss.core.progress.ProgressOutcome;
import io.github.mtss.core.progress.ProgressPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Reviews plans in one Drools session: computes each plan's {@link PlanReview}, fires the
 * "progress" phase and folds the conclusions into one {@link PlanDecision} per plan. When several
 * rules conclude about one plan (a district's rules added to the defaults), the outcome that
 * gives the student the most support wins ({@link ProgressOutcome#strongest}).
 */
public final class ProgressReview {
  private ProgressReview() {}

  /** Reviews every plan as of {@code asOf}; decisions are sorted by plan id. */
  public static List<PlanDecision> review(KieBase base, Policy policy, List<Plan> plans,
      List<ProgressPoint> points, LocalDate asOf) {
    Map<String, List<ProgressPoint>> byPlan = points.stream()
        .collect(Collectors.groupingBy(ProgressPoint::planId));
    Map<String, PlanReview> reviews = new LinkedHashMap<>();
    plans.stream().sorted(Comparator.comparing(Plan::id)).forEach(plan -> reviews.put(plan.id(),
        PlanReview.of(plan, byPlan.getOrDefault(plan.id(), List.of()), asOf,
            policy.trendPoints())));
    FiringRecorder recorder = new FiringRecorder("plan", fact -> fact instanceof PlanReview
        ? ((PlanReview) fact).plan().id()
        : fact instanceof ProgressDecision ? ((ProgressDecision) fact).planId() : null);
    KieSession session = base.newKieSession();
    Map<String, Set<ProgressOutcome>> outcomes = TimedFiring.run(session, recorder,
        policy.maxSecondsPerBatch(), () -> fire(session, recorder, policy, reviews, plans.size()));
    List<PlanDecision> decisions = new ArrayList<>();
    reviews.forEach((id, review) -> decisions.add(PlanDecision.builder()
        .review(review)
        .outcome(ProgressOutcome.strongest(outcomes.getOrDefault(id, Set.of())))
        .reasons(recorder.rulesFor(id))
        .build()));
    return decisions;
  }

  /** Fires the progress phase and returns the outcomes concluded for each plan. */
  private static Map<String, Set<ProgressOutcome>> fire(KieSession session,
      FiringRecorder recorder, Policy policy, Map<String, PlanReview> reviews, int plans) {
    Map<String, Set<ProgressOutcome>> outcomes = new HashMap<>();
    try {
      session.addEventListener(recorder);
      session.insert(policy);
      reviews.values().forEach(session::insert);
      session.getAgenda().getAgendaGroup(Phases.PROGRESS).setFocus();
      long limit = (long) policy.maxFiringsPerStudent() * Math.max(1, plans);
      long fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limit));
      if (fired >= limit) {
        throw RunawayRules.stopped(fired, plans, recorder.firingsByRule());
      }
      for (Object fact : session.getObjects(f -> f instanceof ProgressDecision)) {
        ProgressDecision decision = (ProgressDecision) fact;
        outcomes.computeIfAbsent(decision.planId(), id -> EnumSet.noneOf(ProgressOutcome.class))
            .add(decision.outcome());
      }
    } finally {
      session.dispose();
    }
    return outcomes;
  }
}
