package io.github.mtss.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures of a flag against hand-computed confusion tables. */
class ConfusionCountsTest {
  private static final double Z = Wilson.Z_95;

  /**
   * 200 students, 20 with the outcome; 50 flagged, 15 of them with the outcome. By hand: recall
   * 15/20 = 0.75, precision 15/50 = 0.30, base rate 0.10, lift 3.0, flagged share 0.25, false
   * positives 35 of 180 (0.1944), specificity 145/180 (0.8056).
   */
  @Test
  void measuresMatchAHandComputedTable() {
    ConfusionCounts table = new ConfusionCounts(200, 20, 50, 15);

    assertThat(table.recall(Z).value()).isEqualTo(0.75);
    assertThat(table.precision(Z).value()).isEqualTo(0.30);
    assertThat(table.baseRate(Z).value()).isEqualTo(0.10);
    assertThat(table.flaggedShare(Z).value()).isEqualTo(0.25);
    assertThat(table.lift()).isCloseTo(3.0, within(1e-12));
    assertThat(table.falsePositiveRate(Z).value()).isCloseTo(35 / 180.0, within(1e-12));
    assertThat(table.specificity(Z).value()).isCloseTo(145 / 180.0, within(1e-12));
    assertThat(table.unflaggedNonOutcomes()).isEqualTo(145);
  }

  @Test
  void tableBuiltStudentByStudentEqualsTheCounts() {
    ConfusionCounts table = ConfusionCounts.EMPTY;
    boolean[][] students = {{true, true}, {true, false}, {false, true}, {false, false},
        {false, false}};
    for (boolean[] s : students) {
      table = table.plus(s[0], s[1]);
    }
    assertThat(table).isEqualTo(new ConfusionCounts(5, 2, 2, 1));
    assertThat(table.recall(Z).value()).isEqualTo(0.5);
    assertThat(table.specificity(Z).value()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void undefinedMeasuresAreNullNotZero() {
    ConfusionCounts noOutcomes = new ConfusionCounts(10, 0, 3, 0);
    ConfusionCounts noneFlagged = new ConfusionCounts(10, 4, 0, 0);

    assertThat(noOutcomes.recall(Z)).isNull();
    assertThat(noOutcomes.lift()).isNull();
    assertThat(noneFlagged.precision(Z)).isNull();
    assertThat(noneFlagged.recall(Z).value()).isZero();
    assertThat(ConfusionCounts.EMPTY.flaggedShare(Z)).isNull();
  }

  @Test
  void refusesTablesThatCannotHappen() {
    assertThatThrownBy(() -> new ConfusionCounts(10, 4, 3, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConfusionCounts(10, 8, 8, 5))
        .hasMessageContaining("inconsistent");
  }

  @Property
  void aGroupAndTheRestAddUpToTheWhole(@ForAll @Size(max = 60) List<Boolean> outcomes,
      @ForAll @Size(max = 60) List<Boolean> flags) {
    int n = Math.min(outcomes.size(), flags.size());
    ConfusionCounts whole = ConfusionCounts.EMPTY;
    ConfusionCounts part = ConfusionCounts.EMPTY;
    for (int i = 0; i < n; i++) {
      whole = whole.plus(outcomes.get(i), flags.get(i));
      if (i % 3 == 0) {
        part = part.plus(outcomes.get(i), flags.get(i));
      }
    }
    ConfusionCounts rest = whole.minus(part);
    assertThat(rest.plus(part)).isEqualTo(whole);
    assertThat(whole.flaggedOutcomes() + whole.flaggedNonOutcomes()
        + whole.unflaggedNonOutcomes() + (whole.outcomes() - whole.flaggedOutcomes()))
        .isEqualTo(whole.students());
  }
}
