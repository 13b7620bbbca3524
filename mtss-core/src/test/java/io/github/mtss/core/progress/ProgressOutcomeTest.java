package io.github.mtss.core.progress;

import static io.github.mtss.core.progress.ProgressOutcome.CONTINUE;
import static io.github.mtss.core.progress.ProgressOutcome.EXIT_TO_LOWER_TIER;
import static io.github.mtss.core.progress.ProgressOutcome.INTENSIFY;
import static io.github.mtss.core.progress.ProgressOutcome.RAISE_GOAL;
import static io.github.mtss.core.progress.ProgressOutcome.REFER_TO_HIGHER_TIER;
import static io.github.mtss.core.progress.ProgressOutcome.TOO_EARLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When rules conclude differently about one plan, the outcome giving the most support wins. */
class ProgressOutcomeTest {
  @Test
  void precedenceIsReferIntensifyExitRaiseGoalContinueTooEarly() {
    assertThat(Arrays.stream(ProgressOutcome.values())
        .sorted(Comparator.comparingInt(ProgressOutcome::precedence).reversed()))
        .containsExactly(REFER_TO_HIGHER_TIER, INTENSIFY, EXIT_TO_LOWER_TIER, RAISE_GOAL,
            CONTINUE, TOO_EARLY);
  }

  @Test
  void theStrongestOfConflictingOutcomesWins() {
    assertThat(ProgressOutcome.strongest(Set.of(EXIT_TO_LOWER_TIER, INTENSIFY)))
        .isEqualTo(INTENSIFY);
    assertThat(ProgressOutcome.strongest(Set.of(INTENSIFY, REFER_TO_HIGHER_TIER)))
        .isEqualTo(REFER_TO_HIGHER_TIER);
    assertThat(ProgressOutcome.strongest(Set.of(TOO_EARLY, RAISE_GOAL))).isEqualTo(RAISE_GOAL);
  }

  @Test
  void withoutAnyConclusionThePlanContinues() {
    assertThat(ProgressOutcome.strongest(List.of())).isEqualTo(CONTINUE);
  }
}
