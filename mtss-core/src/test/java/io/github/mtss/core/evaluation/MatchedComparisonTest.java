package io.github.mtss.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The difference of mean changes between served and comparison students, and its interval. */
class MatchedComparisonTest {
  @Test
  void oneStratumGivesTheTextbookWelchInterval() {
    MatchedComparison comparison = new MatchedComparison();
    List.of(1.0, 2.0, 3.0, 4.0).forEach(v -> comparison.served("s", v));
    List.of(2.0, 4.0, 6.0, 8.0, 10.0).forEach(v -> comparison.comparison("s", v));

    MeanDifference d = comparison.difference(0.95);

    // means 2.5 and 6; variances 5/3 and 10; standard error sqrt(5/12 + 2)
    double se = Math.sqrt(5.0 / 12 + 2);
    double df = Math.pow(5.0 / 12 + 2, 2) / (Math.pow(5.0 / 12, 2) / 3 + 4.0 / 4);
    assertThat(d.difference()).isCloseTo(-3.5, within(1e-12));
    assertThat(d.degreesOfFreedom()).isCloseTo(df, within(1e-9)).isCloseTo(5.52, within(0.01));
    double t = StudentT.quantile(0.975, df);
    assertThat(t).isBetween(2.447, 2.571); // between the table's values for 6 and 5
    assertThat(d.low()).isCloseTo(-3.5 - t * se, within(1e-9));
    assertThat(d.high()).isCloseTo(-3.5 + t * se, within(1e-9));
    assertThat(d.servedCount()).isEqualTo(4);
    assertThat(d.comparisonCount()).isEqualTo(5);
    assertThat(d.effectiveComparisonCount()).isCloseTo(5, within(1e-12));
  }

  @Test
  void theComparisonIsWeightedToTheServedStudentsStrata() {
    MatchedComparison comparison = new MatchedComparison();
    // served: 3 in tier 3 (change -1), 1 in tier 2 (change 0)
    comparison.served("tier3", -1).served("tier3", -1).served("tier3", -1).served("tier2", 0);
    // comparison: tier 3 students change 0, the many tier 2 students change +1
    comparison.comparison("tier3", 0).comparison("tier3", 0);
    for (int i = 0; i < 20; i++) {
      comparison.comparison("tier2", 1);
    }

    MeanDifference d = comparison.difference(0.95);

    assertThat(d.servedMean()).isEqualTo(-0.75);
    assertThat(d.comparisonMean()).as("3/4 of tier 3's 0 and 1/4 of tier 2's 1").isEqualTo(0.25);
    assertThat(d.difference()).isEqualTo(-1.0);
    assertThat(d.effectiveComparisonCount()).isCloseTo(1 / (0.75 * 0.75 / 2 + 0.25 * 0.25 / 20),
        within(1e-9));
    assertThat(d.strata()).isEqualTo(2);
  }

  @Test
  void servedStudentsWithoutAComparisonInTheirStratumAreCountedApart() {
    MatchedComparison comparison = new MatchedComparison().served("a", 1).served("b", 2)
        .comparison("a", 0).comparison("c", 5);

    MeanDifference d = comparison.difference(0.95);

    assertThat(d.servedCount()).isEqualTo(1);
    assertThat(d.unmatchedServedCount()).isEqualTo(1);
    assertThat(d.comparisonCount()).isEqualTo(1);
    assertThat(d.difference()).isEqualTo(1.0);
    assertThat(d.low()).as("one student a side gives no variance, so no interval").isNull();
  }

  @Test
  void nothingToCompareGivesNoDifference() {
    MeanDifference d = new MatchedComparison().served("a", 1).difference(0.95);
    assertThat(d.difference()).isNaN();
    assertThat(d.high()).isNull();
  }

  @Test
  void tQuantilesMatchThePublishedTable() {
    double[][] table = {{1, 12.706}, {2, 4.303}, {3, 3.182}, {5, 2.571}, {10, 2.228},
        {30, 2.042}, {120, 1.980}};
    for (double[] row : table) {
      assertThat(StudentT.quantile(0.975, row[0])).as("df %s", row[0])
          .isCloseTo(row[1], within(0.0006));
    }
    assertThat(StudentT.quantile(0.995, 10)).isCloseTo(3.169, within(0.0006));
    assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(1.95996, within(1e-4));
  }

  @Property(tries = 200)
  void shiftingTheServedChangesShiftsTheIntervalAndKeepsItsWidth(
      @ForAll @Size(min = 3, max = 30) List<@DoubleRange(min = -2, max = 2) Double> served,
      @ForAll @Size(min = 3, max = 30) List<@DoubleRange(min = -2, max = 2) Double> others,
      @ForAll @DoubleRange(min = -1, max = 1) double shift) {
    MatchedComparison plain = new MatchedComparison();
    MatchedComparison shifted = new MatchedComparison();
    for (int i = 0; i < served.size(); i++) {
      plain.served("s" + i % 2, served.get(i));
      shifted.served("s" + i % 2, served.get(i) + shift);
    }
    for (int i = 0; i < others.size(); i++) {
      plain.comparison("s" + i % 2, others.get(i));
      shifted.comparison("s" + i % 2, others.get(i));
    }
    MeanDifference a = plain.difference(0.95);
    MeanDifference b = shifted.difference(0.95);
    assertThat(b.difference()).isCloseTo(a.difference() + shift, within(1e-9));
    if (a.low() != null) {
      assertThat(a.low()).isLessThanOrEqualTo(a.difference());
      assertThat(a.high()).isGreaterThanOrEqualTo(a.difference());
      assertThat(b.high() - b.low()).isCloseTo(a.high() - a.low(), within(1e-6));
    }
  }
}
