package io.github.mtss.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Ratios of a subgroup's rate to the rest's, with the Katz log interval. */
class RateRatioTest {
  /**
   * Group 30 of 60 (0.5), rest 20 of 80 (0.25): ratio 2. By hand, the standard error of the log
   * ratio is sqrt(1/30 - 1/60 + 1/20 - 1/80) = 0.2327, so the interval is 2 exp(-/+1.96 x 0.2327)
   * = 1.267 to 3.156: it excludes parity.
   */
  @Test
  void matchesAHandComputedRatio() {
    RateRatio ratio = RateRatio.of(30, 60, 20, 80, Wilson.Z_95);

    assertThat(ratio.ratio()).isCloseTo(2.0, within(1e-12));
    assertThat(ratio.low()).isCloseTo(1.267, within(0.001));
    assertThat(ratio.high()).isCloseTo(3.156, within(0.001));
    assertThat(ratio.excludesParity()).isTrue();
  }

  @Test
  void aSmallGroupWithTheSameDifferenceIsNotFlagged() {
    RateRatio ratio = RateRatio.of(3, 6, 20, 80, Wilson.Z_95);

    assertThat(ratio.ratio()).isCloseTo(2.0, within(1e-12));
    assertThat(ratio.low()).isLessThan(1);
    assertThat(ratio.excludesParity()).isFalse();
  }

  @Test
  void undefinedWhenARateIsZeroOrAGroupEmpty() {
    assertThat(RateRatio.of(0, 10, 5, 10, Wilson.Z_95)).isNull();
    assertThat(RateRatio.of(5, 10, 0, 10, Wilson.Z_95)).isNull();
    assertThat(RateRatio.of(0, 0, 5, 10, Wilson.Z_95)).isNull();
  }
}
