package io.github.mtss.core.equity;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Risk ratios against hand-computed numbers. */
class DisproportionalityTest {
  record Kid(Map<String, String> values, Tier tier) implements Disproportionality.Subject {
    @Override
    public String value(String column) {
      return values.get(column);
    }
  }

  private static List<Kid> kids(String group, int tier1, int tier2, int tier3) {
    List<Kid> kids = new ArrayList<>();
    for (int i = 0; i < tier1 + tier2 + tier3; i++) {
      Tier tier = i < tier1 ? Tier.TIER_1 : i < tier1 + tier2 ? Tier.TIER_2 : Tier.TIER_3;
      kids.add(new Kid(group == null ? Map.of() : Map.of("frl", group), tier));
    }
    return kids;
  }

  @Test
  void riskRatiosMatchHandComputedNumbers() {
    // yes: 40 students, 10 in tier 3, 20 in tiers 2-3; no: 60 students, 3 in tier 3, 12 in 2-3
    List<Kid> all = new ArrayList<>(kids("yes", 20, 10, 10));
    all.addAll(kids("no", 48, 9, 3));
    all.addAll(kids(null, 5, 0, 5));   // unknown: left out

    List<RiskRatio> ratios = Disproportionality.of(List.of("frl"), all, Policy.defaults());

    RiskRatio yesTier3 = find(ratios, "yes", Disproportionality.TIER_3);
    assertThat(yesTier3.groupRisk()).isCloseTo(0.25, within(1e-12));
    assertThat(yesTier3.othersRisk()).isCloseTo(0.05, within(1e-12));
    assertThat(yesTier3.ratio()).isCloseTo(5.0, within(1e-12));
    assertThat(yesTier3.flagged()).isTrue();
    RiskRatio yesTiers23 = find(ratios, "yes", Disproportionality.TIERS_2_3);
    assertThat(yesTiers23.ratio()).isCloseTo(0.5 / 0.2, within(1e-12));
    assertThat(yesTiers23.flagged()).isTrue();
    RiskRatio noTier3 = find(ratios, "no", Disproportionality.TIER_3);
    assertThat(noTier3.ratio()).isCloseTo(0.05 / 0.25, within(1e-12));
    assertThat(noTier3.flagged()).isFalse();
    assertThat(noTier3.groupSize() + noTier3.othersSize()).isEqualTo(100);
  }

  @Test
  void aZeroRiskAmongOthersLeavesTheRatioUndefinedAndSaysWhy() {
    List<Kid> all = new ArrayList<>(kids("a", 10, 0, 2));
    all.addAll(kids("b", 20, 0, 0));
    RiskRatio a = find(Disproportionality.of(List.of("frl"), all, Policy.defaults()), "a",
        Disproportionality.TIER_3);
    assertThat(a.ratio()).isNull();
    assertThat(a.undefinedBecause()).contains("zero risk");
    assertThat(a.flagged()).isFalse();
  }

  @Test
  void smallGroupsAreReportedButNeverFlagged() {
    List<Kid> all = new ArrayList<>(kids("small", 2, 0, 3));
    all.addAll(kids("large", 90, 5, 5));
    RiskRatio small = find(Disproportionality.of(List.of("frl"), all, Policy.defaults()),
        "small", Disproportionality.TIER_3);
    assertThat(small.ratio()).isCloseTo(0.6 / 0.05, within(1e-12));
    assertThat(small.flagged()).isFalse();
  }

  private static RiskRatio find(List<RiskRatio> ratios, String group, String outcome) {
    return ratios.stream().filter(r -> r.group().equals(group) && r.outcome().equals(outcome))
        .findFirst().orElseThrow();
  }
}
