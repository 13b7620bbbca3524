package io.github.mtss.rules.internal;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.FamilyPlan;
import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Service;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.rules.RulePackException;
import io.github.mtss.rules.facts.DomainLevels;
import io.github.mtss.rules.facts.FamilyAction;
import io.github.mtss.rules.facts.FlagRaised;
import io.github.mtss.rules.facts.IndicatorLevel;
import io.github.mtss.rules.facts.IndicatorMissing;
import io.github.mtss.rules.facts.NeedIdentified;
import io.github.mtss.rules.facts.ServiceCandidate;
import io.github.mtss.rules.facts.ServiceMisfit;
import io.github.mtss.rules.facts.TierAssigned;
import io.github.mtss.rules.facts.TierProposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Screens one batch of students in one Drools session: inserts the policy and the students, fires
 * the phases in order and collects what the rules found into one decision per student. Between
 * the phases the session folds each student's findings into one fact: after the indicators phase
 * one {@link DomainLevels} (each domain at its highest {@link IndicatorLevel}, {@link Level#NONE}
 * when none), after the tiers phase one {@link TierAssigned} (the most intensive
 * {@link TierProposal}, Tier 1 when none), and after the needs phase one
 * {@link ServiceCandidate} per need and service at the student's school, for the eligibility
 * rules.
 */
public final class ScreeningSession {
  /** The findings the needs phase's candidates depend on, collected before eligibility. */
  private static final List<Class<?>> BEFORE_CANDIDATES = List.of(NeedIdentified.class,
      TierAssigned.class);
  /**
   * Every other finding, collected once all phases have fired ({@link IndicatorLevel} and
   * {@link TierProposal} were folded after their phases).
   */
  private static final List<Class<?>> AFTER_NEEDS = List.of(DomainLevels.class,
      IndicatorMissing.class, FlagRaised.class, ServiceMisfit.class, FamilyAction.class);
  private final Map<String, Accumulator> byStudent = new LinkedHashMap<>();
  private final ServiceCatalogue services;

  private ScreeningSession(ServiceCatalogue services) {
    this.services = services;
  }

  /**
   * Screens the students, returning their decisions in input order.
   *
   * @throws RulePackException when the rules fire more often or longer than the policy allows,
   *     or a rule's consequence throws
   */
  public static List<TierDecision> screen(Supplier<KieSession> sessions, Policy policy,
      ServiceCatalogue services, List<Student> students) {
    ScreeningSession screening = new ScreeningSession(services);
    FiringRecorder recorder = new FiringRecorder();
    KieSession session = sessions.get();
    TimedFiring.run(session, recorder, policy.maxSecondsPerBatch(),
        () -> screening.fire(session, recorder, policy, students));
    return screening.byStudent.values().stream()
        .map(acc -> acc.decide(recorder, services))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /** Inserts the facts, fires every phase and collects the findings; disposes the session. */
  private Void fire(KieSession session, FiringRecorder recorder, Policy policy,
      List<Student> students) {
    try {
      session.addEventListener(recorder);
      insertFacts(session, policy, students);
      long limit = (long) policy.maxFiringsPerStudent() * Math.max(1, students.size());
      long fired = 0;
      for (String phase : Phases.ALL) {
        fired += firePhase(session, phase, limit - fired);
        if (fired >= limit) {
          throw RunawayRules.stopped(fired, students.size(), recorder.firingsByRule());
        }
        foldAfter(phase, session);
      }
      collect(session, AFTER_NEEDS);
    } finally {
      session.removeEventListener(recorder);
      session.dispose();
    }
    return null;
  }

  private void insertFacts(KieSession session, Policy policy, List<Student> students) {
    session.insert(policy);
    for (Student student : students) {
      byStudent.put(student.studentId(), new Accumulator(student));
      session.insert(student);
    }
  }

  /** Fires one phase's rules, at most {@code allowed} times; returns how often they fired. */
  private static int firePhase(KieSession session, String phase, long allowed) {
    session.getAgenda().getAgendaGroup(phase).setFocus();
    return session.fireAllRules((int) Math.min(Integer.MAX_VALUE, allowed));
  }

  /** Inserts the facts the next phase matches, folded from what {@code phase} found. */
  private void foldAfter(String phase, KieSession session) {
    switch (phase) {
      case Phases.INDICATORS -> insertDomainLevels(session);
      case Phases.TIERS -> insertTiersAssigned(session);
      case Phases.NEEDS -> insertServiceCandidates(session);
      default -> { }
    }
  }

  /** Inserts each student's {@link DomainLevels}, each domain at its highest level found. */
  private void insertDomainLevels(KieSession session) {
    for (Object fact : session.getObjects(new ClassObjectFilter(IndicatorLevel.class))) {
      IndicatorLevel found = (IndicatorLevel) fact;
      accumulator(found.studentId()).find(found);
    }
    for (Accumulator acc : byStudent.values()) {
      session.insert(acc.domainLevels());
    }
  }

  /** Inserts each student's {@link TierAssigned}: the most intensive tier proposed, or Tier 1. */
  private void insertTiersAssigned(KieSession session) {
    for (Object fact : session.getObjects(new ClassObjectFilter(TierProposal.class))) {
      TierProposal proposal = (TierProposal) fact;
      Accumulator acc = accumulator(proposal.studentId());
      acc.proposed = Tier.max(acc.proposed, proposal.tier());
    }
    for (Accumulator acc : byStudent.values()) {
      session.insert(TierAssigned.of(acc.student.studentId(), acc.proposed));
    }
  }

  /** Inserts one {@link ServiceCandidate} per need found and service at the student's school. */
  private void insertServiceCandidates(KieSession session) {
    collect(session, BEFORE_CANDIDATES);
    if (services.isEmpty()) {
      return;
    }
    for (Accumulator acc : byStudent.values()) {
      for (Need need : acc.needs()) {
        for (Service service : services.candidates(need, acc.student.schoolId())) {
          session.insert(ServiceCandidate.of(acc.student, need, service, acc.tier));
        }
      }
    }
  }

  /** Collects the facts of the given classes (each class's facts are stored apart). */
  private void collect(KieSession session, List<Class<?>> classes) {
    for (Class<?> type : classes) {
      session.getObjects(new ClassObjectFilter(type)).forEach(this::collect);
    }
  }

  private void collect(Object fact) {
    if (fact instanceof DomainLevels levels) {
      accumulator(levels.studentId()).raise(levels);
    } else if (fact instanceof TierAssigned assigned) {
      Accumulator acc = accumulator(assigned.studentId());
      acc.tier = Tier.max(acc.tier, assigned.tier());
    } else if (fact instanceof IndicatorMissing missing) {
      accumulator(missing.studentId()).notEvaluated(missing.domain());
    } else if (fact instanceof FlagRaised flag) {
      accumulator(flag.studentId()).flag(flag.flag());
    } else if (fact instanceof NeedIdentified need) {
      accumulator(need.studentId()).need(need);
    } else if (fact instanceof ServiceMisfit misfit) {
      accumulator(misfit.studentId()).misfit(misfit);
    } else if (fact instanceof FamilyAction action) {
      accumulator(action.studentId()).familyAction(action.action());
    }
  }

  /** Returns a student's accumulator: the rules may conclude only about students screened. */
  private Accumulator accumulator(String studentId) {
    Accumulator acc = byStudent.get(studentId);
    if (acc == null) {
      throw new IllegalStateException(
          "a rule concluded about student '" + studentId + "', who is not being screened");
    }
    return acc;
  }

  /**
   * What the rules concluded about one student so far. Most students have few findings, so the
   * collections are made when the first finding of their kind comes.
   */
  private static final class Accumulator {
    private static final Domain[] DOMAINS = Domain.values();
    final Student student;
    /** The highest level of each domain (by ordinal) the indicator rules found: DomainLevels. */
    final Level[] found = noLevels();
    /** The level of each domain (by ordinal) in the DomainLevels facts. */
    final Level[] levels = noLevels();
    @Nullable Set<Domain> notEvaluated;
    @Nullable Set<ContextFlag> flags;
    @Nullable Map<Need, Level> needs;
    @Nullable List<String> familyActions;
    @Nullable Map<Need, Map<String, Set<UnmetCause>>> misfits;
    /** The most intensive tier the tier rules proposed, folded into TierAssigned. */
    Tier proposed = Tier.TIER_1;
    Tier tier = Tier.TIER_1;

    Accumulator(Student student) {
      this.student = student;
    }

    private static Level[] noLevels() {
      Level[] none = new Level[DOMAINS.length];
      Arrays.fill(none, Level.NONE);
      return none;
    }

    void find(IndicatorLevel finding) {
      int domain = finding.domain().ordinal();
      found[domain] = Level.max(found[domain], finding.level());
    }

    DomainLevels domainLevels() {
      return DomainLevels.builder()
          .studentId(student.studentId())
          .attendance(found[Domain.ATTENDANCE.ordinal()])
          .behavior(found[Domain.BEHAVIOR.ordinal()])
          .coursework(found[Domain.COURSEWORK.ordinal()])
          .build();
    }

    void raise(DomainLevels folded) {
      for (Domain domain : DOMAINS) {
        levels[domain.ordinal()] = Level.max(levels[domain.ordinal()], folded.level(domain));
      }
    }

    void notEvaluated(Domain domain) {
      if (notEvaluated == null) {
        notEvaluated = EnumSet.noneOf(Domain.class);
      }
      notEvaluated.add(domain);
    }

    void flag(ContextFlag flag) {
      if (flags == null) {
        flags = EnumSet.noneOf(ContextFlag.class);
      }
      flags.add(flag);
    }

    void need(NeedIdentified need) {
      if (needs == null) {
        needs = new EnumMap<>(Need.class);
      }
      needs.merge(need.need(), need.severity(), Level::max);
    }

    Set<Need> needs() {
      return needs == null ? Set.of() : needs.keySet();
    }

    void familyAction(String action) {
      if (familyActions == null) {
        familyActions = new ArrayList<>(4);
      }
      familyActions.add(action);
    }

    /**
     * Returns the level of each evaluated domain: a domain the rules found no data for is left
     * out, unless a rule raised its level all the same (then it was evaluated after all).
     */
    Map<Domain, Level> evaluatedLevels() {
      Map<Domain, Level> evaluated = new EnumMap<>(Domain.class);
      for (Domain domain : DOMAINS) {
        Level level = levels[domain.ordinal()];
        if (notEvaluated == null || !notEvaluated.contains(domain) || level != Level.NONE) {
          evaluated.put(domain, level);
        }
      }
      return evaluated;
    }

    void misfit(ServiceMisfit misfit) {
      if (misfits == null) {
        misfits = new EnumMap<>(Need.class);
      }
      misfits.computeIfAbsent(misfit.need(), n -> new HashMap<>())
          .computeIfAbsent(misfit.serviceId(), s -> EnumSet.noneOf(UnmetCause.class))
          .add(misfit.cause());
    }

    TierDecision decide(FiringRecorder recorder, ServiceCatalogue services) {
      Map<Domain, Level> evaluated = evaluatedLevels();
      Set<Domain> missing = EnumSet.allOf(Domain.class);
      missing.removeAll(evaluated.keySet());
      return TierDecision.builder()
          .studentId(student.studentId())
          .schoolId(student.schoolId())
          .grade(student.grade())
          .tier(tier)
          .levels(evaluated)
          .notEvaluated(missing)
          .flags(flags == null ? Set.of() : flags)
          .needs(needs == null ? Map.of() : needs)
          .eligibility(services.isEmpty() ? Map.of() : services.eligibility(needs(),
              student.schoolId(), misfits == null ? Map.of() : misfits))
          .familyPlan(FamilyPlan.builder()
              .language(student.homeLanguage())
              .contactWindows(student.familyAvailability())
              .actions(familyActions == null ? List.of() : familyActions)
              .build())
          .reasons(recorder.rulesFor(student.studentId()))
          .needRules(recorder.needRulesFor(student.studentId()))
          .familyRules(recorder.familyRulesFor(student.studentId()))
          .build();
    }
  }
}
