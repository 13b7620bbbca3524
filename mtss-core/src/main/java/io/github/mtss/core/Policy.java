package io.github.mtss.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.immutables.value.Value;

/**
 * Every number a screening decision depends on: cut-points, grade bands and limits. Rules read
 * them from this fact, so a district changes a number in a policy file, not in a rule or in Java.
 *
 * <p>Each attribute documents its default and the published reference behind it (see also
 * {@code shared/domain.md}, section 2). Comparisons are written in the attribute name:
 * {@code ...Below} means strictly below, {@code ...Above} strictly above, and a plain count means
 * "at least".
 *
 * <p>Start from {@link #defaults()} and override value by value with {@link #builder()}, e.g.
 * {@code Policy.builder().attendanceRiskBelow(0.88).build()}. Inconsistent policies (a severe
 * cut-point milder than its risk cut-point) and values outside an attribute's {@link Range} (a
 * negative count, a rate above 1) are refused at construction with an {@link
 * InvalidPolicyException}.
 */
@Value.Immutable
public abstract class Policy {

  /** Returns the default policy. */
  public static Policy defaults() {
    return builder().build();
  }

  /** Returns a builder whose unset values take the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Policy} values; see {@link #builder()}. */
  public static final class Builder extends ImmutablePolicy.Builder {}

  // ---- grade bands -------------------------------------------------------------------------

  /**
   * Highest grade (K = 0) whose coursework level comes from the universal screener rather than
   * course grades. Default 5 (screeners are used in K-5).
   */
  @Range(min = 0, max = 12)
  @Value.Default
  public int screenerMaxGrade() {
    return 5;
  }

  /**
   * Lowest grade of high school: from here on, coursework uses the high-school rules (any F,
   * core Fs), below it the middle-grades rules. Default 9.
   */
  @Range(min = 0, max = 12)
  @Value.Default
  public int highSchoolMinGrade() {
    return 9;
  }

  // ---- attendance --------------------------------------------------------------------------

  /**
   * Attendance rate below which a student is at risk. Default 0.90: chronic absence, missing 10 %
   * of enrolled days for any reason (Attendance Works).
   */
  @Range(min = 0, max = 1)
  @Value.Default
  public double attendanceRiskBelow() {
    return 0.90;
  }

  /**
   * Attendance rate below which attendance is severe. Default 0.80 (Balfanz ABC indicators; Ed-Fi
   * AMT early warning "at risk" below 80 %).
   */
  @Range(min = 0, max = 1)
  @Value.Default
  public double attendanceSevereBelow() {
    return 0.80;
  }

  // ---- behavior ----------------------------------------------------------------------------

  /**
   * Out-of-school suspension days that put behavior at risk. Default 1: any suspension
   * (Balfanz).
   */
  @Range(min = 0, max = 365)
  @Value.Default
  public double behaviorRiskSuspensionDays() {
    return 1.0;
  }

  /** Major incidents that put behavior at risk. Default 1 (CDE "On Track": 1 serious). */
  @Range(min = 0, max = 1000)
  @Value.Default
  public int behaviorRiskMajorIncidents() {
    return 1;
  }

  /** Minor incidents that put behavior at risk. Default 2 (CDE "On Track": 2 mild). */
  @Range(min = 0, max = 1000)
  @Value.Default
  public int behaviorRiskMinorIncidents() {
    return 2;
  }

  /** Out-of-school suspension days that make behavior severe. Default 5. */
  @Range(min = 0, max = 365)
  @Value.Default
  public double behaviorSevereSuspensionDays() {
    return 5.0;
  }

  /** Major incidents that make behavior severe. Default 2. */
  @Range(min = 0, max = 1000)
  @Value.Default
  public int behaviorSevereMajorIncidents() {
    return 2;
  }

  /**
   * Total incidents (minor plus major) above which behavior is severe. Default 5: more than 5
   * (Ed-Fi AMT early warning "at risk" above 5).
   */
  @Range(min = 0, max = 1000)
  @Value.Default
  public int behaviorSevereIncidentsAbove() {
    return 5;
  }

  // ---- coursework, middle grades -----------------------------------------------------------

  /** GPA below which a middle-grades student is at risk. Default 2.0 (NHSC/AIR EWS tool). */
  @Range(min = 0, max = 4)
  @Value.Default
  public double middleRiskGpaBelow() {
    return 2.0;
  }

  /** GPA below which a middle-grades student's coursework is severe. Default 1.0. */
  @Range(min = 0, max = 4)
  @Value.Default
  public double middleSevereGpaBelow() {
    return 1.0;
  }

  /**
   * Failing grades in ELA plus math that put a middle-grades student at risk. Default 1: an F in
   * ELA or math (CDE "On Track"). Severe is an F in both ELA and math.
   */
  @Range(min = 1, max = 20)
  @Value.Default
  public int middleRiskCoreFailures() {
    return 1;
  }

  // ---- coursework, high school -------------------------------------------------------------

  /** GPA below which a high-school student is at risk. Default 2.0 (CDE; NHSC/AIR EWS tool). */
  @Range(min = 0, max = 4)
  @Value.Default
  public double highRiskGpaBelow() {
    return 2.0;
  }

  /** GPA below which a high-school student's coursework is severe. Default 1.0. */
  @Range(min = 0, max = 4)
  @Value.Default
  public double highSevereGpaBelow() {
    return 1.0;
  }

  /** Failing grades in any course that put a high-school student at risk. Default 1: any F. */
  @Range(min = 1, max = 20)
  @Value.Default
  public int highRiskFailures() {
    return 1;
  }

  /**
   * Failing grades in core courses (ELA plus math) that make high-school coursework severe.
   * Default 2 (Chicago Freshman On-Track: more than one semester core F is off track).
   */
  @Range(min = 1, max = 20)
  @Value.Default
  public int highSevereCoreFailures() {
    return 2;
  }

  // ---- coursework, universal screener ------------------------------------------------------

  /**
   * Screener percentile (reading or math) below which a student is at risk. Default 25 (the
   * DIBELS/aimsweb "strategic" band).
   */
  @Range(min = 0, max = 100)
  @Value.Default
  public double screenerRiskBelow() {
    return 25.0;
  }

  /** Screener percentile below which coursework is severe. Default 10 ("intensive" band). */
  @Range(min = 0, max = 100)
  @Value.Default
  public double screenerSevereBelow() {
    return 10.0;
  }

  // ---- context flags -----------------------------------------------------------------------

  /** School changes this year that raise the mobility flag. Default 2 (NHSC/AIR EWS tool). */
  @Range(min = 1, max = 20)
  @Value.Default
  public int mobilitySchoolMoves() {
    return 2;
  }

  /** Grade whose students are flagged as in their first year of high school. Default 9. */
  @Range(min = 0, max = 12)
  @Value.Default
  public int firstYearHighSchoolGrade() {
    return 9;
  }

  // ---- tiers -------------------------------------------------------------------------------

  /**
   * Number of domains at risk (or worse) that place a student in Tier 3. Default 2; one domain at
   * risk is Tier 2, and any severe domain is Tier 3.
   */
  @Range(min = 1, max = 3)
  @Value.Default
  public int tier3RiskDomains() {
    return 2;
  }

  // ---- family engagement -------------------------------------------------------------------

  /**
   * Language of the school's materials and meetings, an ISO 639-1 code. Families whose home
   * language differs get an interpreter and translated materials. Default {@code en}.
   */
  @Value.Default
  public String schoolLanguage() {
    return "en";
  }

  // ---- needs and seat priority -------------------------------------------------------------

  /** Lowest grade whose students get the derived need {@code career} (post-secondary and career
   * planning). Default 11 (grades 11-12). */
  @Range(min = 0, max = 12)
  @Value.Default
  public int careerPlanningMinGrade() {
    return 11;
  }

  /** Priority a need of a Tier 1 student carries when seats are allocated. Default 1. */
  @Range(min = 1, max = 1000)
  @Value.Default
  public int priorityTier1() {
    return 1;
  }

  /** Priority a need of a Tier 2 student carries. Default 3. */
  @Range(min = 1, max = 1000)
  @Value.Default
  public int priorityTier2() {
    return 3;
  }

  /** Priority a need of a Tier 3 student carries. Default 6. */
  @Range(min = 1, max = 1000)
  @Value.Default
  public int priorityTier3() {
    return 6;
  }

  /** Priority added when the indicator behind a need is at risk. Default 1. */
  @Range(min = 0, max = 1000)
  @Value.Default
  public int priorityRiskBonus() {
    return 1;
  }

  /** Priority added when the indicator behind a need is severe. Default 2. */
  @Range(min = 0, max = 1000)
  @Value.Default
  public int prioritySevereBonus() {
    return 2;
  }

  /**
   * Returns the priority of a need: the tier's weight plus the bonus for the severity of the
   * indicator behind it. Higher priorities get limited seats first.
   */
  public long priority(Tier tier, Level severity) {
    long base = tier == Tier.TIER_3 ? priorityTier3()
        : tier == Tier.TIER_2 ? priorityTier2() : priorityTier1();
    long bonus = severity == Level.SEVERE ? prioritySevereBonus()
        : severity == Level.RISK ? priorityRiskBonus() : 0;
    return base + bonus;
  }

  // ---- progress monitoring (NCRTI decision rules) -------------------------------------------

  /**
   * Consecutive points below (or above) the aimline that call for intensifying (or raising the
   * goal): the four-point rule. Default 4 (National Center on Response to Intervention).
   */
  @Range(min = 1, max = 52)
  @Value.Default
  public int fourPointCount() {
    return 4;
  }

  /** Fewest points a trend line is drawn from (the trend rule). Default 6 (NCRTI: 6-8). */
  @Range(min = 2, max = 100)
  @Value.Default
  public int trendMinPoints() {
    return 6;
  }

  /** How many of the latest points the trend line uses. Default 8. */
  @Range(min = 2, max = 100)
  @Value.Default
  public int trendPoints() {
    return 8;
  }

  /**
   * How far the trend's growth may differ from the aimline's, as a share of it, before the trend
   * rule calls for a change or a higher goal. Default 0.1 (10 %).
   */
  @Range(min = 0, max = 1)
  @Value.Default
  public double trendTolerance() {
    return 0.1;
  }

  /** Weeks a plan runs before any decision. Default 6 (a typical 6-8 week intervention cycle). */
  @Range(min = 0, max = 52)
  @Value.Default
  public int progressMinWeeks() {
    return 6;
  }

  /** Points measured before any decision. Default 4, the fewest the four-point rule needs. */
  @Range(min = 1, max = 100)
  @Value.Default
  public int progressMinPoints() {
    return 4;
  }

  /**
   * Dual discrepancy: growth below this share of the aimline's growth while the level is below
   * the aimline refers the student to a more intensive tier. Default 0.5. Stands in for "growth
   * below the 25th percentile of peers" when no growth norms are available.
   */
  @Range(min = 0, max = 1)
  @Value.Default
  public double dualDiscrepancyGrowthRatio() {
    return 0.5;
  }

  // ---- equity --------------------------------------------------------------------------------

  /**
   * Risk ratio of a subgroup (its risk of Tier 3, or of Tiers 2-3, over everyone else's) above
   * which the disproportionality report flags it. Default 2.0 (IDEA significant
   * disproportionality practice; states flag ratios above about 2 to 3).
   */
  @Range(min = 1, max = 100)
  @Value.Default
  public double disproportionalityFlagRatio() {
    return 2.0;
  }

  /**
   * Fewest students a subgroup (and everyone else) must count before its ratio can be flagged;
   * smaller groups are reported but never flagged. Default 10 (a common minimum n-size).
   */
  @Range(min = 1, max = 1000000)
  @Value.Default
  public int disproportionalityMinGroup() {
    return 10;
  }

  // ---- limits ------------------------------------------------------------------------------

  /**
   * Most rule firings allowed while screening one student; a rule pack whose rules keep
   * re-activating each other is stopped there with an error. Default 1000 (the default rules fire
   * fewer than 20 times per student).
   */
  @Range(min = 1, max = 1000000)
  @Value.Default
  public int maxFiringsPerStudent() {
    return 1000;
  }

  /**
   * Wall-clock seconds the rules may take to screen one batch of students (the engine's batch
   * size, 256 by default) or to review one set of plans; a consequence that loops or waits is
   * stopped there with an error naming the rule and the student. Default 60 (the default rules
   * take a few milliseconds per batch).
   */
  @Range(min = 1, max = 86400)
  @Value.Default
  public int maxSecondsPerBatch() {
    return 60;
  }

  @Value.Check
  void check() {
    List<String> problems = PolicyRanges.problems(this);
    requireOrder(problems, "attendance_severe_below", attendanceSevereBelow(),
        "attendance_risk_below", attendanceRiskBelow());
    requireOrder(problems, "middle_severe_gpa_below", middleSevereGpaBelow(),
        "middle_risk_gpa_below", middleRiskGpaBelow());
    requireOrder(problems, "high_severe_gpa_below", highSevereGpaBelow(),
        "high_risk_gpa_below", highRiskGpaBelow());
    requireOrder(problems, "screener_severe_below", screenerSevereBelow(),
        "screener_risk_below", screenerRiskBelow());
    requireOrder(problems, "behavior_risk_suspension_days", behaviorRiskSuspensionDays(),
        "behavior_severe_suspension_days", behaviorSevereSuspensionDays());
    requireOrder(problems, "behavior_risk_major_incidents", behaviorRiskMajorIncidents(),
        "behavior_severe_major_incidents", behaviorSevereMajorIncidents());
    requireOrder(problems, "screener_max_grade", screenerMaxGrade(),
        "high_school_min_grade", highSchoolMinGrade());
    requireOrder(problems, "priority_tier1", priorityTier1(), "priority_tier2", priorityTier2());
    requireOrder(problems, "priority_tier2", priorityTier2(), "priority_tier3", priorityTier3());
    requireOrder(problems, "priority_risk_bonus", priorityRiskBonus(),
        "priority_severe_bonus", prioritySevereBonus());
    requireOrder(problems, "trend_min_points", trendMinPoints(), "trend_points", trendPoints());
    if (!schoolLanguage().matches("[a-z]{2}")) {
      problems.add("school_language must be a two-letter ISO 639-1 code, was '"
          + schoolLanguage() + "'");
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems);
    }
  }

  private static void requireOrder(
      List<String> problems, String lowName, double low, String highName, double high) {
    if (low > high) {
      problems.add(lowName + " (" + low + ") must not exceed " + highName + " (" + high + ")");
    }
  }

  /**
   * The values a numeric policy key accepts, from {@code min} to {@code max} inclusive: declared
   * on each attribute, checked when a policy is built and listed in {@code docs/rules.md}.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface Range {
    /** Returns the smallest value accepted. */
    double min();

    /** Returns the largest value accepted. */
    double max();
  }
}
