package io.github.mtss.rules.internal;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.rules.facts.DomainLevels;
import io.github.mtss.rules.facts.FamilyAction;
import io.github.mtss.core.FamilyPlan;
import io.github.mtss.rules.facts.FlagRaised;
import io.github.mtss.rules.facts.IndicatorLevel;
import io.github.mtss.rules.facts.IndicatorMissing;
import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.rules.facts.NeedIdentified;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Service;
import io.github.mtss.rules.facts.ServiceCandidate;
import io.github.mtss.rules.facts.ServiceMisfit;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.facts.TierAssigned;
import io.github.mtss.rules.facts.TierProposal;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.rules.RulePackException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;

/**
 * Screens one batch of students in one Drools session: inserts the policy and the students, fires
 * the phases in order (folding each phase's findings into the facts the next phase matches), and
 * folds all findings into one decision per student.
 */
public final class ScreeningRun {
  private static final List<String> PHASES = Phases.ALL;

  private final Map<String, Accumulator> byStudent = new LinkedHashMap<>();
  private final ServiceCatalogue services;

  private ScreeningRun(ServiceCatalogue services) {
    this.services = services;
  }

  /**
   * Screens the students, returning their decisions in input order.
   *
   * @throws RulePackException when the rules fire more often than the policy allows
   */
  public static List<TierDecision> screen(Supplier<KieSession> sessions, Policy policy,
      ServiceCatalogue services, List<Student> students) {
    ScreeningRun run = new ScreeningRun(services);
    FiringRecorder recorder = new FiringRecorder();
    KieSession session = sessions.get();
    try {
      session.addEventListener(recorder);
      session.insert(policy);
      for (Student student : students) {
        run.byStudent.put(student.studentId(), new Accumulator(student));
        session.insert(student);
      }
      long limit = (long) policy.maxFiringsPerStudent() * Math.max(1, students.size());
      long fired = 0;
      for (String phase : PHASES) {
        session.getAgenda().getAgendaGroup(phase).setFocus();
        fired += session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limit - fired));
        if (fired >= limit) {
          throw RunawayRules.stopped(fired, students.size(), recorder.firingsByRule());
        }
        run.endOf(phase, session);
      }
      session.getObjects(fact -> !(fact instanceof IndicatorLevel || fact instanceof TierProposal
          || fact instanceof NeedIdentified)).forEach(run::collect);
    } finally {
      session.removeEventListener(recorder);
      session.dispose();
    }
    return run.byStudent.values().stream()
        .map(acc -> acc.decide(recorder.rulesFor(acc.student.studentId()), services))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * Folds what a phase found into the facts the next phases match: after the indicators, one
   * {@link DomainLevels} per student; after the tiers, one {@link TierAssigned} per student;
   * after the needs, one {@link ServiceCandidate} per need and service at the student's school.
   */
  private void endOf(String phase, KieSession session) {
    if (phase.equals(Phases.INDICATORS)) {
      session.getObjects(fact -> fact instanceof IndicatorLevel).forEach(this::collect);
      byStudent.values().forEach(acc -> session.insert(acc.domainLevels()));
    } else if (phase.equals(Phases.TIERS)) {
      session.getObjects(fact -> fact instanceof TierProposal).forEach(this::collect);
      byStudent.values().forEach(acc -> session.insert(
          TierAssigned.of(acc.student.studentId(), acc.tier)));
    } else if (phase.equals(Phases.NEEDS)) {
      session.getObjects(fact -> fact instanceof NeedIdentified).forEach(this::collect);
      for (Accumulator acc : byStudent.values()) {
        for (Need need : acc.needs.keySet()) {
          for (Service service : services.candidates(need, acc.student.schoolId())) {
            session.insert(ServiceCandidate.of(acc.student, need, service, acc.tier));
          }
        }
      }
    }
  }

  private void collect(Object fact) {
    if (fact instanceof IndicatorLevel) {
      IndicatorLevel level = (IndicatorLevel) fact;
      accumulator(level.studentId()).raise(level.domain(), level.level());
    } else if (fact instanceof TierProposal) {
      TierProposal proposal = (TierProposal) fact;
      Accumulator acc = accumulator(proposal.studentId());
      acc.tier = Tier.max(acc.tier, proposal.tier());
    } else if (fact instanceof IndicatorMissing) {
      IndicatorMissing missing = (IndicatorMissing) fact;
      accumulator(missing.studentId()).notEvaluated.add(missing.domain());
    } else if (fact instanceof FlagRaised) {
      FlagRaised flag = (FlagRaised) fact;
      accumulator(flag.studentId()).flags.add(flag.flag());
    } else if (fact instanceof NeedIdentified) {
      NeedIdentified need = (NeedIdentified) fact;
      accumulator(need.studentId()).needs.merge(need.need(), need.severity(), Level::max);
    } else if (fact instanceof ServiceMisfit) {
      ServiceMisfit misfit = (ServiceMisfit) fact;
      accumulator(misfit.studentId()).misfit(misfit);
    } else if (fact instanceof FamilyAction) {
      FamilyAction action = (FamilyAction) fact;
      accumulator(action.studentId()).familyActions.add(action.action());
    }
  }

  private Accumulator accumulator(String studentId) {
    Accumulator acc = byStudent.get(studentId);
    if (acc == null) {
      throw new IllegalStateException(
          "a rule concluded about student '" + studentId + "', who is not being screened");
    }
    return acc;
  }

  /** What the rules concluded about one student so far. */
  private static final class Accumulator {
    final Student student;
    final Map<Domain, Level> levels = new EnumMap<>(Domain.class);
    final Set<Domain> notEvaluated = EnumSet.noneOf(Domain.class);
    final Set<ContextFlag> flags = EnumSet.noneOf(ContextFlag.class);
    final Map<Need, Level> needs = new EnumMap<>(Need.class);
    final Set<String> familyActions = new TreeSet<>();
    final Map<Need, Map<String, Set<UnmetCause>>> misfits = new EnumMap<>(Need.class);
    Tier tier = Tier.TIER_1;

    Accumulator(Student student) {
      this.student = student;
      for (Domain domain : Domain.values()) {
        levels.put(domain, Level.NONE);
      }
    }

    void raise(Domain domain, Level level) {
      levels.merge(domain, level, Level::max);
    }

    void misfit(ServiceMisfit misfit) {
      misfits.computeIfAbsent(misfit.need(), n -> new HashMap<>())
          .computeIfAbsent(misfit.serviceId(), s -> EnumSet.noneOf(UnmetCause.class))
          .add(misfit.cause());
    }

    DomainLevels domainLevels() {
      return DomainLevels.builder()
          .studentId(student.studentId())
          .attendance(levels.get(Domain.ATTENDANCE))
          .behavior(levels.get(Domain.BEHAVIOR))
          .coursework(levels.get(Domain.COURSEWORK))
          .build();
    }

    TierDecision decide(Set<String> reasons, ServiceCatalogue services) {
      return TierDecision.builder()
          .studentId(student.studentId())
          .schoolId(student.schoolId())
          .grade(student.grade())
          .tier(tier)
          .levels(levels)
          .notEvaluated(notEvaluated)
          .flags(flags)
          .needs(needs)
          .eligibility(services.isEmpty() ? Map.of() : services.eligibility(needs.keySet(),
              student.schoolId(), misfits))
          .familyPlan(FamilyPlan.builder()
              .language(student.homeLanguage())
              .contactWindows(student.familyAvailability())
              .actions(familyActions)
              .build())
          .reasons(reasons)
          .build();
    }
  }
}
