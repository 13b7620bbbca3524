package io.github.mtss.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The area under the ROC curve against counted pairs. */
class AucTest {
  @Test
  void perfectRankingIsOneAndReversedIsZero() {
    double[] scores = {0.1, 0.2, 0.3, 0.8, 0.9};
    boolean[] outcomes = {false, false, false, true, true};
    boolean[] reversed = {true, true, false, false, false};

    assertThat(Auc.of(scores, outcomes)).isEqualTo(1.0);
    assertThat(Auc.of(scores, reversed)).isEqualTo(0.0);
  }

  /**
   * Positives score 0.9, 0.5, 0.5; negatives 0.5, 0.2. Of the 6 pairs, 0.9 beats both (2), each
   * 0.5 beats 0.2 (2) and ties 0.5 (2 halves = 1): AUC = 5/6.
   */
  @Test
  void tiesCountOneHalf() {
    double[] scores = {0.9, 0.5, 0.5, 0.5, 0.2};
    boolean[] outcomes = {true, true, true, false, false};

    assertThat(Auc.of(scores, outcomes)).isCloseTo(5 / 6.0, within(1e-12));
  }

  @Test
  void randomScoresAreNearOneHalfAndOneClassIsUndefined() {
    SplittableRandom random = new SplittableRandom(7);
    double[] scores = new double[20_000];
    boolean[] outcomes = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = random.nextDouble();
      outcomes[i] = random.nextDouble() < 0.2;
    }
    assertThat(Auc.of(scores, outcomes)).isCloseTo(0.5, within(0.02));
    assertThat(Auc.of(new double[] {1, 2}, new boolean[] {true, true})).isNull();
  }
}
