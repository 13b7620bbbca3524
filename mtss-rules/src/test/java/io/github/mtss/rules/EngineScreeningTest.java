package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@link MtssEngine#screen} accepts, and how it hands decisions on. */
class EngineScreeningTest {
  private static MtssEngine engine;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().batchSize(4).build();
  }

  @Test
  void aStudentWhoseValuesCannotBeScreenedIsRefusedNamingTheStudentAndEveryProblem() {
    Student impossible = Student.builder().studentId("s-9").schoolId("A").grade(Grade.ofNumber(7))
        .daysEnrolled(10).daysAbsent(12.0).gpa(4.5).build();

    assertThatThrownBy(() -> engine.screen(impossible))
        .isInstanceOfSatisfying(InvalidStudentException.class, e -> {
          assertThat(e.studentId()).isEqualTo("s-9");
          assertThat(e.problems()).extracting(problem -> problem.column())
              .containsExactlyInAnyOrder("gpa", "days_absent");
        })
        .hasMessageStartingWith("student 's-9' cannot be screened: ")
        .hasMessageContaining("gpa='4.5': must be between 0 and 4");
  }

  @Test
  void aRosterWithOneInvalidStudentIsRefusedToo() {
    List<Student> roster = new ArrayList<>(TestStudents.random(5));
    roster.add(Student.builder().from(roster.get(0)).studentId("bad").failingEla(-1).build());

    assertThatThrownBy(() -> engine.screen(roster))
        .isInstanceOf(InvalidStudentException.class)
        .hasMessageContaining("'bad'", "f_ela='-1': must not be negative");
  }

  @Test
  void streamingGivesTheDecisionsOfTheListFormInTheSameOrder() {
    List<Student> roster = TestStudents.random(10);
    List<TierDecision> streamed = new ArrayList<>();

    engine.screen(roster, streamed::add);

    assertThat(streamed).isEqualTo(engine.screen(roster));
  }

  @Test
  void streamingHandsOnEachBatchBeforeReadingTheNext() {
    List<Student> roster = TestStudents.random(10);
    int[] read = {0};
    Iterable<Student> counted = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read[0] < roster.size();
      }

      @Override
      public Student next() {
        return roster.get(read[0]++);
      }
    };
    List<Integer> readWhenDecided = new ArrayList<>();

    engine.screen(counted, decision -> readWhenDecided.add(read[0]));

    assertThat(readWhenDecided).containsExactly(4, 4, 4, 4, 8, 8, 8, 8, 10, 10);
  }
}
