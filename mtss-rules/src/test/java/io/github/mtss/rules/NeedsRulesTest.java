package io.github.mtss.rules;

import static io.github.mtss.rules.DefaultCutPointTest.onTrack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.core.Student;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of needs.drl at its boundary: the need a finding calls for, with the finding's level
 * as its severity, and no need just on the other side. Students are on track except for the
 * value under test.
 */
class NeedsRulesTest {
  private static MtssEngine engine;

  @TempDir Path pack;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  private static Map<Need, Level> needs(Student.Builder student) {
    return engine.screen(student.build()).needs();
  }

  @Test
  void aRecordedNeedIsANeedWithoutSeverity() {
    assertThat(needs(onTrack(7).needs(List.of(Need.FOOD, Need.VISION))))
        .containsOnly(entry(Need.FOOD, Level.NONE), entry(Need.VISION, Level.NONE));
  }

  @ParameterizedTest(name = "{0} of 100 days absent -> attendance need {1}")
  @CsvSource({"10, NONE", "10.5, RISK", "20, RISK", "20.5, SEVERE"})
  void attendanceAtRiskCallsForAttendanceSupportAsSevereAsTheAbsence(double absent,
      Level severity) {
    Map<Need, Level> needs = needs(onTrack(7).daysAbsent(absent));
    if (severity == Level.NONE) {
      assertThat(needs).doesNotContainKey(Need.ATTENDANCE);
    } else {
      assertThat(needs).containsOnly(entry(Need.ATTENDANCE, severity));
    }
  }

  @Test
  void behaviorAtRiskCallsForMentoringAndSevereBehaviorForMentalHealthSupport() {
    assertThat(needs(onTrack(8).incidentsMinor(1))).isEmpty();
    assertThat(needs(onTrack(8).incidentsMinor(2)))
        .containsOnly(entry(Need.MENTORING, Level.RISK));
    assertThat(needs(onTrack(8).daysAbsent(6.0).suspensionDays(4.5)))
        .containsOnly(entry(Need.MENTORING, Level.RISK));
    assertThat(needs(onTrack(8).daysAbsent(6.0).suspensionDays(5.0)))
        .containsOnly(entry(Need.MENTAL_HEALTH, Level.SEVERE));
  }

  @ParameterizedTest(name = "grade 3, reading {0}, math {1} -> reading {2}, math {3}")
  @CsvSource({"25, 60, NONE, NONE", "24.5, 60, RISK, NONE", "10, 25, RISK, NONE",
      "9.5, 60, SEVERE, NONE", "60, 24, NONE, RISK", "5, 20, SEVERE, RISK",
      "20, 5, RISK, SEVERE", "9, 9, SEVERE, SEVERE"})
  void eachScreenerMeasureBelowBenchmarkCallsForItsOwnSupportAtItsOwnLevel(double reading,
      double math, Level readingNeed, Level mathNeed) {
    Map<Need, Level> needs = needs(onTrack(3).readingPercentile(reading).mathPercentile(math));

    assertThat(needs.getOrDefault(Need.READING, Level.NONE)).isEqualTo(readingNeed);
    assertThat(needs.getOrDefault(Need.MATH, Level.NONE)).isEqualTo(mathNeed);
    assertThat(needs).doesNotContainKey(Need.COURSEWORK);
  }

  @Test
  void theScreenerCallsForNoNeedAboveTheScreenerGrades() {
    assertThat(needs(onTrack(6).readingPercentile(5.0).mathPercentile(5.0))).isEmpty();
  }

  @ParameterizedTest(name = "grade {0}, Fs in ELA {1}, GPA {2} -> coursework need {3}")
  @CsvSource({"6, 0, 2.0, NONE", "6, 1, 3.0, RISK", "6, 0, 0.9, SEVERE", "10, 0, 2.0, NONE",
      "10, 1, 3.0, RISK"})
  void failingCoursesCallForCourseworkSupportAsSevereAsTheFailure(int grade, int fEla,
      double gpa, Level severity) {
    Map<Need, Level> needs = needs(onTrack(grade).failingEla(fEla).gpa(gpa));
    assertThat(needs.getOrDefault(Need.COURSEWORK, Level.NONE)).isEqualTo(severity);
  }

  @ParameterizedTest(name = "grade {0} -> career {1}, transition {2}")
  @CsvSource({"8, false, false", "9, false, true", "10, false, false", "11, true, false",
      "12, true, false"})
  void upperGradesCallForCareerPlanningAndTheFirstYearOfHighSchoolForTransitionSupport(
      int grade, boolean career, boolean transition) {
    Map<Need, Level> needs = needs(onTrack(grade));
    assertThat(needs.containsKey(Need.CAREER)).isEqualTo(career);
    assertThat(needs.containsKey(Need.TRANSITION)).isEqualTo(transition);
    assertThat(needs.values()).doesNotContain(Level.RISK, Level.SEVERE);
  }

  @Test
  void aDistrictsScreenerRuleDecidesTheReadingNeed() throws IOException {
    Files.writeString(pack.resolve("reading.drl"), """
        package district.reading;
        import io.github.mtss.core.*;
        import io.github.mtss.rules.facts.IndicatorLevel;
        // This district counts reading below the 40th percentile as below benchmark.
        rule "Screener below benchmark"
            ruleflow-group "indicators"
        when
            $s : Student( grade.number <= 5, readingPercentile != null,
                          readingPercentile < 40, readingPercentile >= 10 )
        then
            insert( IndicatorLevel.of( $s.studentId(), Domain.COURSEWORK, Level.RISK,
                                       "reading_screener" ) );
        end
        """);
    MtssEngine district = MtssEngine.builder().rulePack(pack).build();
    Student student = onTrack(3).readingPercentile(30.0).mathPercentile(60.0).build();

    assertThat(engine.screen(student).needs()).doesNotContainKey(Need.READING);
    assertThat(district.screen(student).needs()).containsOnly(entry(Need.READING, Level.RISK));
  }
}
