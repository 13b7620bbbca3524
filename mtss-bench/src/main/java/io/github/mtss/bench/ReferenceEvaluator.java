package io.github.mtss.bench;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The default tiering rules of shared/domain.md section 2 written in plain Java, reading the same
 * {@link Policy}. It exists only to check the Drools rules' decisions on many students and to
 * measure what the rule engine costs; the library itself decides with the rules.
 */
public final class ReferenceEvaluator {
  private final Policy policy;

  /** Creates an evaluator of the default rules under {@code policy}. */
  public ReferenceEvaluator(Policy policy) {
    this.policy = policy;
  }

  /**
   * The part of a decision both paths produce.
   *
   * @param studentId the student
   * @param tier the tier
   * @param levels the level per evaluated domain
   * @param notEvaluated the domains without data
   * @param flags the context flags
   */
  public record Outcome(String studentId, Tier tier, Map<Domain, Level> levels,
      Set<Domain> notEvaluated, Set<ContextFlag> flags) {}

  /** Decides one student. */
  public Outcome decide(Student s) {
    Map<Domain, Level> levels = new EnumMap<>(Domain.class);
    Set<Domain> missing = EnumSet.noneOf(Domain.class);
    levels.put(Domain.ATTENDANCE, attendance(s, missing));
    levels.put(Domain.BEHAVIOR, behavior(s, missing));
    levels.put(Domain.COURSEWORK, coursework(s, missing));
    Tier tier = tier(levels);
    levels.keySet().removeAll(missing); // a domain without data has no level, as in TierDecision
    return new Outcome(s.studentId(), tier, levels, missing, flags(s));
  }

  private Level attendance(Student s, Set<Domain> missing) {
    Double rate = s.attendanceRate();
    if (rate == null) {
      missing.add(Domain.ATTENDANCE);
      return Level.NONE;
    }
    return below(rate, policy.attendanceSevereBelow(), policy.attendanceRiskBelow());
  }

  private Level behavior(Student s, Set<Domain> missing) {
    if (!s.hasBehaviorData()) {
      missing.add(Domain.BEHAVIOR);
      return Level.NONE;
    }
    double suspension = orZero(s.suspensionDays());
    int major = orZero(s.incidentsMajor());
    int minor = orZero(s.incidentsMinor());
    if (suspension >= policy.behaviorSevereSuspensionDays()
        || major >= policy.behaviorSevereMajorIncidents()
        || major + minor > policy.behaviorSevereIncidentsAbove()) {
      return Level.SEVERE;
    }
    boolean risk = suspension >= policy.behaviorRiskSuspensionDays()
        || major >= policy.behaviorRiskMajorIncidents()
        || minor >= policy.behaviorRiskMinorIncidents();
    return risk ? Level.RISK : Level.NONE;
  }

  private Level coursework(Student s, Set<Domain> missing) {
    int grade = s.grade().number();
    if (grade <= policy.screenerMaxGrade()) {
      Double lowest = s.lowestPercentile();
      if (lowest == null) {
        missing.add(Domain.COURSEWORK);
        return Level.NONE;
      }
      return below(lowest, policy.screenerSevereBelow(), policy.screenerRiskBelow());
    }
    if (!s.hasGradeData()) {
      missing.add(Domain.COURSEWORK);
      return Level.NONE;
    }
    return grade < policy.highSchoolMinGrade() ? middleGrades(s) : highSchool(s);
  }

  private Level middleGrades(Student s) {
    boolean failsBoth = orZero(s.failingEla()) > 0 && orZero(s.failingMath()) > 0;
    Level gpa = s.gpa() == null ? Level.NONE
        : below(s.gpa(), policy.middleSevereGpaBelow(), policy.middleRiskGpaBelow());
    Level failures = failsBoth ? Level.SEVERE
        : s.coreFailures() != null && s.coreFailures() >= policy.middleRiskCoreFailures()
            ? Level.RISK : Level.NONE;
    return Level.max(gpa, failures);
  }

  private Level highSchool(Student s) {
    Level gpa = s.gpa() == null ? Level.NONE
        : below(s.gpa(), policy.highSevereGpaBelow(), policy.highRiskGpaBelow());
    Level failures = orZero(s.coreFailures()) >= policy.highSevereCoreFailures() ? Level.SEVERE
        : orZero(s.allFailures()) >= policy.highRiskFailures() && s.allFailures() != null
            ? Level.RISK : Level.NONE;
    return Level.max(gpa, failures);
  }

  private Tier tier(Map<Domain, Level> levels) {
    long atRisk = levels.values().stream().filter(l -> l != Level.NONE).count();
    if (levels.containsValue(Level.SEVERE) || atRisk >= policy.tier3RiskDomains()) {
      return Tier.TIER_3;
    }
    return atRisk >= 1 ? Tier.TIER_2 : Tier.TIER_1;
  }

  private Set<ContextFlag> flags(Student s) {
    Set<ContextFlag> flags = EnumSet.noneOf(ContextFlag.class);
    if (Boolean.TRUE.equals(s.retained())) {
      flags.add(ContextFlag.RETAINED);
    }
    if (orZero(s.schoolMoves()) >= policy.mobilitySchoolMoves() && s.schoolMoves() != null) {
      flags.add(ContextFlag.MOBILITY);
    }
    if (s.grade().number() == policy.firstYearHighSchoolGrade()) {
      flags.add(ContextFlag.FIRST_YEAR_HIGH_SCHOOL);
    }
    return flags;
  }

  private static Level below(double value, double severeBelow, double riskBelow) {
    return value < severeBelow ? Level.SEVERE : value < riskBelow ? Level.RISK : Level.NONE;
  }

  private static double orZero(@Nullable Double value) {
    return value == null ? 0 : value;
  }

  private static int orZero(@Nullable Integer value) {
    return value == null ? 0 : value;
  }
}
