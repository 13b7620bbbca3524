package io.github.mtss.rules;

import static io.github.mtss.rules.DefaultCutPointTest.onTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fold rules of tiers.drl: each domain at its highest level found, the tier the most
 * intensive proposed (Tier 1 when none is), and never a reason of a decision.
 */
class FoldRulesTest {
  private static final List<String> FOLDS = List.of("Domain levels",
      "Tier assigned: the most intensive tier proposed",
      "Tier assigned: Tier 1 when no tier is proposed");

  @TempDir Path pack;

  @Test
  void foldRulesAreNoReasonsAndNoRuleNames() {
    MtssEngine engine = MtssEngine.builder().build();

    assertThat(engine.ruleNames()).doesNotContainAnyElementsOf(FOLDS)
        .contains("Chronic absence", "One domain at risk -> Tier 2");
    assertThat(engine.screen(TestStudents.random(200)))
        .allSatisfy(decision -> assertThat(decision.reasons())
            .isNotEmpty().doesNotContainAnyElementsOf(FOLDS));
  }

  @Test
  void withEveryTierRuleDisabledNoTierIsProposedAndEveryStudentIsInTier1() throws IOException {
    Files.writeString(pack.resolve("pack.yaml"), """
        disable:
          - "Severe domain -> Tier 3"
          - "Multiple domains at risk -> Tier 3"
          - "One domain at risk -> Tier 2"
          - "No domain at risk -> Tier 1"
        """);
    MtssEngine noTierRules = MtssEngine.builder().rulePack(pack).build();

    TierDecision severe = noTierRules.screen(onTrack(7).daysAbsent(30.0).build());

    assertThat(severe.level(Domain.ATTENDANCE)).isEqualTo(Level.SEVERE);
    assertThat(severe.tier()).isEqualTo(Tier.TIER_1);
    assertThat(severe.familyPlan().actions()).doesNotContain("family_meeting");
  }
}
