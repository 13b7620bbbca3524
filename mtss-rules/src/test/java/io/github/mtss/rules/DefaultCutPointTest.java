package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Level;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every default cut-point of shared/domain.md section 2 at, just below and just above its
 * boundary, in every grade band. Each student is on track except for the value under test, so
 * the level of one domain is checked alone.
 */
class DefaultCutPointTest {
  private static MtssEngine engine;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  /** An on-track student of the grade: every value known and far from any cut-point. */
  static Student.Builder onTrack(int grade) {
    Student.Builder student = Student.builder().studentId("s").schoolId("A")
        .grade(Grade.ofNumber(grade)).daysEnrolled(100).daysAbsent(2.0).suspensionDays(0.0)
        .incidentsMinor(0).incidentsMajor(0).retained(false).schoolMoves(0);
    return grade <= 5 ? student.readingPercentile(60.0).mathPercentile(60.0)
        : student.failingEla(0).failingMath(0).failingOther(0).gpa(3.0);
  }

  private static TierDecision screen(Student.Builder student) {
    return engine.screen(student.build());
  }

  @ParameterizedTest(name = "grade {0}: {1} of 100 days absent -> {2}")
  @CsvSource({
      "3, 9.5, NONE", "3, 10, NONE", "3, 10.5, RISK", "3, 20, RISK", "3, 20.5, SEVERE",
      "7, 10, NONE", "7, 10.5, RISK", "7, 20, RISK", "7, 20.5, SEVERE",
      "11, 10, NONE", "11, 10.5, RISK", "11, 20, RISK", "11, 20.5, SEVERE"})
  void attendanceRateBelow90IsRiskAndBelow80IsSevere(int grade, double absent, Level level) {
    TierDecision d = screen(onTrack(grade).daysAbsent(absent));
    assertThat(d.level(Domain.ATTENDANCE)).isEqualTo(level);
    assertThat(d.tier()).isEqualTo(tierOf(level));
  }

  @ParameterizedTest(name = "grade {0}: {1} suspension days -> {2}")
  @CsvSource({"4, 0, NONE", "4, 0.5, NONE", "4, 1, RISK", "4, 4.5, RISK", "4, 5, SEVERE",
      "8, 1, RISK", "8, 5, SEVERE", "12, 0.5, NONE", "12, 5, SEVERE"})
  void anySuspensionIsRiskAndFiveDaysSevere(int grade, double days, Level level) {
    assertThat(screen(onTrack(grade).daysAbsent(6.0).suspensionDays(days))
        .level(Domain.BEHAVIOR)).isEqualTo(level);
  }

  @ParameterizedTest(name = "grade {0}: {1} minor, {2} major -> {3}")
  @CsvSource({
      "2, 1, 0, NONE", "2, 2, 0, RISK", "2, 5, 0, RISK", "2, 6, 0, SEVERE",
      "6, 0, 1, RISK", "6, 0, 2, SEVERE", "6, 4, 1, RISK", "6, 5, 1, SEVERE",
      "10, 1, 0, NONE", "10, 3, 1, RISK", "10, 0, 2, SEVERE"})
  void incidentCutPoints(int grade, int minor, int major, Level level) {
    assertThat(screen(onTrack(grade).incidentsMinor(minor).incidentsMajor(major))
        .level(Domain.BEHAVIOR)).isEqualTo(level);
  }

  @ParameterizedTest(name = "grade {0}: F ELA {1}, F math {2}, gpa {3} -> {4}")
  @CsvSource({
      "6, 0, 0, 2.0, NONE", "6, 0, 0, 1.99, RISK", "6, 0, 0, 1.0, RISK", "6, 0, 0, 0.99, SEVERE",
      "7, 1, 0, 3.0, RISK", "7, 0, 1, 3.0, RISK", "8, 1, 1, 3.0, SEVERE", "8, 2, 0, 3.0, RISK"})
  void middleGradesCutPoints(int grade, int fEla, int fMath, double gpa, Level level) {
    assertThat(screen(onTrack(grade).failingEla(fEla).failingMath(fMath).gpa(gpa))
        .level(Domain.COURSEWORK)).isEqualTo(level);
  }

  @ParameterizedTest(name = "grade {0}: F ELA {1}, math {2}, other {3}, gpa {4} -> {5}")
  @CsvSource({
      "9, 0, 0, 0, 2.0, NONE", "9, 0, 0, 0, 1.99, RISK", "9, 0, 0, 0, 0.99, SEVERE",
      "10, 0, 0, 1, 3.0, RISK", "10, 1, 0, 0, 3.0, RISK", "11, 1, 1, 0, 3.0, SEVERE",
      "12, 2, 0, 0, 3.0, SEVERE", "12, 0, 1, 3, 3.0, RISK"})
  void highSchoolCutPoints(int grade, int fEla, int fMath, int fOther, double gpa, Level level) {
    assertThat(screen(onTrack(grade).failingEla(fEla).failingMath(fMath).failingOther(fOther)
        .gpa(gpa)).level(Domain.COURSEWORK)).isEqualTo(level);
  }

  @ParameterizedTest(name = "grade {0}: reading {1}, math {2} -> {3}")
  @CsvSource({
      "0, 25, 60, NONE", "0, 24.9, 60, RISK", "1, 60, 10, RISK", "1, 60, 9.9, SEVERE",
      "5, 24, 9, SEVERE", "5, 50, 50, NONE"})
  void screenerCutPointsUseTheLowerPercentile(int grade, double reading, double math,
      Level level) {
    assertThat(screen(onTrack(grade).readingPercentile(reading).mathPercentile(math))
        .level(Domain.COURSEWORK)).isEqualTo(level);
  }

  @Test
  void gradeFiveUsesTheScreenerAndGradeSixTheCourseGrades() {
    assertThat(screen(onTrack(5).gpa(0.5).failingEla(2)).level(Domain.COURSEWORK))
        .isEqualTo(Level.NONE);
    assertThat(screen(onTrack(6).readingPercentile(1.0).mathPercentile(1.0))
        .level(Domain.COURSEWORK)).isEqualTo(Level.NONE);
    assertThat(screen(onTrack(8).failingOther(1)).level(Domain.COURSEWORK))
        .as("an F outside the core is not a middle-grades risk").isEqualTo(Level.NONE);
    assertThat(screen(onTrack(9).failingOther(1)).level(Domain.COURSEWORK))
        .as("but any F is in high school").isEqualTo(Level.RISK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "one domain at risk, 12, 0, 3.0, TIER_2",
      "two domains at risk, 12, 2, 3.0, TIER_3",
      "one severe domain, 25, 0, 3.0, TIER_3",
      "none at risk, 2, 0, 3.0, TIER_1"})
  void tiersFollowTheDomainLevels(String description, double absent, int minor, double gpa,
      Tier tier) {
    assertThat(screen(onTrack(7).daysAbsent(absent).incidentsMinor(minor).gpa(gpa)).tier())
        .isEqualTo(tier);
  }

  @Test
  void contextFlagsAreReportedButNeverChangeTheTier() {
    TierDecision d = screen(onTrack(9).retained(true).schoolMoves(2));
    assertThat(d.flags()).containsExactly(ContextFlag.RETAINED, ContextFlag.MOBILITY,
        ContextFlag.FIRST_YEAR_HIGH_SCHOOL);
    assertThat(d.tier()).isEqualTo(Tier.TIER_1);
    assertThat(screen(onTrack(9).schoolMoves(1)).flags())
        .containsExactly(ContextFlag.FIRST_YEAR_HIGH_SCHOOL);
    assertThat(screen(onTrack(10)).flags()).isEmpty();
  }

  @Test
  void missingValuesAreNotEvaluatedAndNeverRaiseALevel() {
    TierDecision nothing = engine.screen(Student.builder().studentId("s").schoolId("A")
        .grade(Grade.G7).build());
    assertThat(nothing.notEvaluated()).containsExactly(Domain.ATTENDANCE, Domain.BEHAVIOR,
        Domain.COURSEWORK);
    assertThat(nothing.tier()).isEqualTo(Tier.TIER_1);
    assertThat(nothing.reasons()).contains("Attendance not evaluated", "Behavior not evaluated",
        "Coursework not evaluated");
    TierDecision noDays = screen(onTrack(7).daysEnrolled(0).daysAbsent(0.0));
    assertThat(noDays.notEvaluated()).containsExactly(Domain.ATTENDANCE);
  }

  @Test
  void aDomainNotEvaluatedHasNoLevelSoItIsNotMistakenForOneNotAtRisk() {
    TierDecision noBehaviorData = screen(onTrack(7).incidentsMinor(null).incidentsMajor(null)
        .suspensionDays(null));
    assertThat(noBehaviorData.notEvaluated()).containsExactly(Domain.BEHAVIOR);
    assertThat(noBehaviorData.levels()).containsOnlyKeys(Domain.ATTENDANCE, Domain.COURSEWORK)
        .doesNotContainKey(Domain.BEHAVIOR);
    assertThat(noBehaviorData.level(Domain.BEHAVIOR)).as("what the tier counts")
        .isEqualTo(Level.NONE);
    TierDecision everything = screen(onTrack(7));
    assertThat(everything.levels()).containsOnlyKeys(Domain.values());
    assertThat(everything.notEvaluated()).isEmpty();
  }

  @Test
  void aPolicyMovesTheCutPointWithoutTouchingTheRules() {
    MtssEngine lenient = MtssEngine.builder()
        .policy(Policy.builder().attendanceRiskBelow(0.88).build()).build();
    assertThat(lenient.screen(onTrack(7).daysAbsent(11.0).build()).level(Domain.ATTENDANCE))
        .isEqualTo(Level.NONE);
    assertThat(lenient.screen(onTrack(7).daysAbsent(12.5).build()).level(Domain.ATTENDANCE))
        .isEqualTo(Level.RISK);
  }

  private static Tier tierOf(Level only) {
    return only == Level.SEVERE ? Tier.TIER_3 : only == Level.RISK ? Tier.TIER_2 : Tier.TIER_1;
  }
}
