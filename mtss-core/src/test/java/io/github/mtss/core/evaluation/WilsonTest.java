package io.github.mtss.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wilson score intervals against published values. */
class WilsonTest {
  /**
   * The score intervals (no continuity correction) of the worked examples in Newcombe (1998),
   * "Two-sided confidence intervals for the single proportion: comparison of seven methods",
   * Statistics in Medicine 17, Table II, to the four decimals printed there.
   */
  @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
  @CsvSource({"81, 263, 0.2553, 0.3662", "15, 148, 0.0624, 0.1605", "0, 20, 0.0000, 0.1611",
      "1, 29, 0.0061, 0.1718"})
  void matchesNewcombesTable(long successes, long trials, double low, double high) {
    Estimate estimate = Wilson.interval(successes, trials, Wilson.Z_95);

    assertThat(estimate.value()).isEqualTo((double) successes / trials);
    assertThat(estimate.low()).isCloseTo(low, within(0.00005));
    assertThat(estimate.high()).isCloseTo(high, within(0.00005));
  }

  @Test
  void allSuccessesReachOneAndNoTrialsIsUndefined() {
    assertThat(Wilson.interval(20, 20, Wilson.Z_95).high()).isEqualTo(1.0);
    assertThat(Wilson.interval(20, 20, Wilson.Z_95).low()).isCloseTo(1 - 0.1611,
        within(0.00005));
    assertThat(Wilson.interval(0, 0, Wilson.Z_95)).isNull();
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> Wilson.interval(5, 4, Wilson.Z_95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void intervalHoldsTheProportionAndNarrowsWithMoreStudents(
      @ForAll @IntRange(min = 0, max = 500) int successes,
      @ForAll @IntRange(min = 1, max = 500) int extra) {
    int trials = successes + extra;
    Estimate small = Wilson.interval(successes, trials, Wilson.Z_95);
    Estimate large = Wilson.interval(successes * 4L, trials * 4L, Wilson.Z_95);

    assertThat(small.low()).isBetween(0.0, small.value());
    assertThat(small.high()).isBetween(small.value(), 1.0);
    assertThat(large.high() - large.low()).isLessThanOrEqualTo(small.high() - small.low());
  }
}
