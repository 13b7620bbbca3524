package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Level;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Problem;
import io.github.mtss.core.Student;
import io.github.mtss.core.StudentValidator;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's embedding example decides what the README says it does. */
class ReadmeEmbeddingExampleTest {
  @Test
  void theReadmeStudentIsTierTwoForChronicAbsenceWithBehaviorNotEvaluated() {
    MtssEngine engine = MtssEngine.builder()
        .policy(Policy.builder().attendanceRiskBelow(0.88).build())
        .build();
    Student student = Student.builder()
        .studentId("s-1042").schoolId("north").grade(Grade.G7)
        .daysEnrolled(90).daysAbsent(11).gpa(2.4)
        .build();
    List<Problem> problems = StudentValidator.checkValues(student);
    TierDecision decision = engine.screen(student);

    assertThat(problems).isEmpty();
    assertThat(decision.tier()).isEqualTo(Tier.TIER_2);
    assertThat(decision.levels()).isEqualTo(Map.of(Domain.ATTENDANCE, Level.RISK,
        Domain.COURSEWORK, Level.NONE));
    assertThat(decision.notEvaluated()).containsExactly(Domain.BEHAVIOR);
    assertThat(decision.reasons()).contains("Behavior not evaluated", "Chronic absence",
        "One domain at risk -> Tier 2");
  }

  @Test
  void theValidatorNamesWhatCannotBeScreened() {
    Student impossible = Student.builder().studentId("s-1").schoolId("north").grade(Grade.G7)
        .daysEnrolled(90).daysAbsent(95).gpa(4.5).build();
    assertThat(StudentValidator.checkValues(impossible)).extracting(Problem::column)
        .containsExactlyInAnyOrder("days_absent", "gpa");
  }
}
