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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folds between phases: each domain at its highest level found, the tier the most intensive
 * proposed (Tier 1 when none is), and a pack's own {@code @fold} rules never a reason.
 */
class FoldRulesTest {
  private static final String IMPORTS = """
      package district.folds;
      import io.github.mtss.core.Student;
      import io.github.mtss.core.Domain;
      import io.github.mtss.core.Level;
      import io.github.mtss.core.Tier;
      import io.github.mtss.rules.facts.IndicatorLevel;
      import io.github.mtss.rules.facts.TierProposal;
      """;

  @TempDir Path pack;

  private MtssEngine withPackRules(String rules) throws IOException {
    Files.writeString(pack.resolve("folds.drl"), IMPORTS + rules);
    return MtssEngine.builder().rulePack(pack).build();
  }

  @Test
  void aDomainIsAtItsHighestLevelFoundWhateverElseIsFound() throws IOException {
    MtssEngine engine = withPackRules("""
        rule "Every grade 7 student's attendance is at risk"
            ruleflow-group "indicators"
        when
            $s : Student( grade.number == 7 )
        then
            insert( IndicatorLevel.of( $s.studentId(), Domain.ATTENDANCE, Level.RISK ) );
        end
        """);

    TierDecision severe = engine.screen(onTrack(7).daysAbsent(30.0).build());
    TierDecision onTrack = engine.screen(onTrack(7).build());

    assertThat(severe.level(Domain.ATTENDANCE)).isEqualTo(Level.SEVERE);
    assertThat(severe.tier()).isEqualTo(Tier.TIER_3);
    assertThat(onTrack.level(Domain.ATTENDANCE)).isEqualTo(Level.RISK);
    assertThat(onTrack.tier()).isEqualTo(Tier.TIER_2);
  }

  @Test
  void theTierIsTheMostIntensiveProposedAndAPackFoldRuleIsNoReason() throws IOException {
    MtssEngine engine = withPackRules("""
        rule "Grade 7 proposals for the review board"
            @fold
            ruleflow-group "tiers"
        when
            $s : Student( grade.number == 7 )
        then
            insert( TierProposal.of( $s.studentId(), Tier.TIER_1 ) );
            insert( TierProposal.of( $s.studentId(), Tier.TIER_3 ) );
        end
        """);

    TierDecision decision = engine.screen(onTrack(7).build());

    assertThat(decision.tier()).isEqualTo(Tier.TIER_3);
    assertThat(decision.familyPlan().actions()).contains("family_meeting");
    assertThat(decision.reasons()).containsExactly("No domain at risk -> Tier 1");
    assertThat(engine.ruleNames()).doesNotContain("Grade 7 proposals for the review board");
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
