package io.github.mtss.batch.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Student;
import io.github.mtss.core.evaluation.Auc;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cross-validated logistic regression on toy sets whose answer is known. */
class LogisticYardstickTest {
  private static final int FOLDS = 5;

  @Test
  void aSeparableSetIsRankedPerfectly() {
    // the outcome is exactly "attendance below 85 %" (15 of 100 days absent), and no student
    // is within 5 days of the line: every out-of-fold score ranks the students with the outcome first
    SplittableRandom random = new SplittableRandom(11);
    List<Student> students = new ArrayList<>();
    boolean[] outcomes = new boolean[400];
    for (int i = 0; i < outcomes.length; i++) {
      double absent = (i % 2 == 0 ? 0 : 20) + random.nextDouble() * 10;
      students.add(student(i).daysAbsent(absent).gpa(random.nextDouble() * 4).build());
      outcomes[i] = absent > 15;
    }

    assertThat(auc(students, outcomes)).isEqualTo(1.0);
  }

  @Test
  void noiseIsRankedNoBetterThanChance() {
    SplittableRandom random = new SplittableRandom(12);
    List<Student> students = new ArrayList<>();
    boolean[] outcomes = new boolean[4000];
    for (int i = 0; i < outcomes.length; i++) {
      students.add(student(i).daysAbsent(random.nextDouble() * 30)
          .gpa(random.nextDouble() * 4).incidentsMinor(random.nextInt(5)).build());
      outcomes[i] = random.nextDouble() < 0.2;
    }

    assertThat(auc(students, outcomes)).isCloseTo(0.5, within(0.04));
  }

  @Test
  void missingValuesGetTheTrainingMedianAndAnIndicatorColumn() {
    // the outcome is "no GPA recorded": only the missing-value indicator can find it
    List<Student> students = new ArrayList<>();
    boolean[] outcomes = new boolean[300];
    for (int i = 0; i < outcomes.length; i++) {
      Student.Builder s = student(i).daysAbsent(i % 7);
      if (i % 4 == 0) {
        outcomes[i] = true;
      } else {
        s.gpa(1 + (i % 3));
      }
      students.add(s.build());
    }
    int[] fold = Folds.assign(students.size(), FOLDS, 1);

    LogisticYardstick.Scores scores = LogisticYardstick.score(Features.raw(students), outcomes,
        fold, FOLDS, 1.0);

    assertThat(scores.features()).contains("gpa", "gpa_missing");
    assertThat(Auc.of(scores.scores(), outcomes)).isEqualTo(1.0);
  }

  @Test
  void foldsAreSeededBalancedAndDeterministic() {
    int[] a = Folds.assign(103, 5, 42);
    int[] b = Folds.assign(103, 5, 42);
    int[] sizes = new int[5];
    for (int f : a) {
      sizes[f]++;
    }
    assertThat(a).isEqualTo(b).isNotEqualTo(Folds.assign(103, 5, 43));
    assertThat(sizes).containsOnly(20, 21);
  }

  @Test
  void theTopShareFlagsExactlyThatManyHighestScores() {
    boolean[] top = LogisticYardstick.top(new double[] {0.2, 0.9, 0.5, 0.5, 0.1}, 2);

    assertThat(top).containsExactly(false, true, true, false, false);
  }

  private static double auc(List<Student> students, boolean[] outcomes) {
    int[] fold = Folds.assign(students.size(), FOLDS, 1);
    return Auc.of(LogisticYardstick.score(Features.raw(students), outcomes, fold, FOLDS, 1.0)
        .scores(), outcomes);
  }

  private static Student.Builder student(int i) {
    return Student.builder().studentId(String.format("s%05d", i)).schoolId("A")
        .grade(Grade.ofNumber(8)).daysEnrolled(100);
  }
}
