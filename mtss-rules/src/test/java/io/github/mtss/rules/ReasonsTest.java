package io.github.mtss.rules;

import static io.github.mtss.rules.DefaultCutPointTest.onTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Need;
import io.github.mtss.core.TierDecision;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decision's {@code reasons} are the rules behind its tier (indicator, context-flag and tier
 * rules); the need and eligibility rules, and the family rules, are kept apart for the files
 * they explain (issue 19).
 */
class ReasonsTest {
  private static MtssEngine engine;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  @Test
  void reasonsExplainTheTierAndTheOtherRulesAreKeptApart() {
    TierDecision decision = engine.screen(onTrack(9).daysAbsent(18.0).homeLanguage("es")
        .needs(EnumSet.of(Need.FOOD)).build());
    assertThat(decision.reasons()).contains("Chronic absence", "One domain at risk -> Tier 2",
        "First year of high school");
    assertThat(decision.needRules()).contains("Recorded need",
        "Attendance risk -> attendance support",
        "First year of high school -> transition support");
    assertThat(decision.familyRules()).contains(
        "Home language differs -> interpreter and translated materials",
        "First year of high school -> freshman transition outreach");
    assertThat(decision.reasons()).doesNotContainAnyElementsOf(decision.needRules())
        .doesNotContainAnyElementsOf(decision.familyRules());
  }
}
