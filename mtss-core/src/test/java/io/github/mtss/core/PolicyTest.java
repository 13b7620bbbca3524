package io.github.mtss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The policy's defaults are domain.md's, and contradictions are refused. */
class PolicyTest {
  @Test
  void defaultsFollowDomainMdSectionTwo() {
    Policy p = Policy.defaults();
    assertThat(p.attendanceRiskBelow()).isEqualTo(0.90);
    assertThat(p.attendanceSevereBelow()).isEqualTo(0.80);
    assertThat(p.behaviorRiskMinorIncidents()).isEqualTo(2);
    assertThat(p.behaviorSevereIncidentsAbove()).isEqualTo(5);
    assertThat(p.behaviorSevereSuspensionDays()).isEqualTo(5.0);
    assertThat(p.highSevereCoreFailures()).isEqualTo(2);
    assertThat(p.screenerRiskBelow()).isEqualTo(25.0);
    assertThat(p.screenerSevereBelow()).isEqualTo(10.0);
    assertThat(p.tier3RiskDomains()).isEqualTo(2);
  }

  @Test
  void overridingOneValueKeepsTheOthers() {
    Policy p = Policy.builder().attendanceRiskBelow(0.88).build();
    assertThat(p.attendanceRiskBelow()).isEqualTo(0.88);
    assertThat(p.attendanceSevereBelow()).isEqualTo(0.80);
  }

  @Test
  void aSevereCutPointMilderThanItsRiskCutPointIsRefusedNamingBoth() {
    assertThatThrownBy(() -> Policy.builder().attendanceSevereBelow(0.95).build())
        .hasMessageContaining("attendance_severe_below (0.95) must not exceed "
            + "attendance_risk_below (0.9)");
  }

  @Test
  void everyNumberDeclaresARangeThatHoldsItsDefault() throws ReflectiveOperationException {
    for (Method attribute : Policy.class.getDeclaredMethods()) {
      Class<?> type = attribute.getReturnType();
      if (attribute.getParameterCount() == 0 && Modifier.isPublic(attribute.getModifiers())
          && !Modifier.isStatic(attribute.getModifiers())
          && (type == int.class || type == double.class)) {
        Policy.Range range = attribute.getAnnotation(Policy.Range.class);
        assertThat(range).as(attribute.getName()).isNotNull();
        assertThat(((Number) attribute.invoke(Policy.defaults())).doubleValue())
            .as(attribute.getName()).isBetween(range.min(), range.max());
      }
    }
  }

  @Test
  void aValueOutsideItsRangeIsRefusedNamingTheKeyAndTheRange() {
    assertThatThrownBy(() -> Policy.builder().tier3RiskDomains(99).attendanceRiskBelow(5).build())
        .isInstanceOf(InvalidPolicyException.class)
        .satisfies(e -> assertThat(((InvalidPolicyException) e).problems()).contains(
            "tier3_risk_domains must be from 1 to 3, was 99",
            "attendance_risk_below must be from 0 to 1, was 5"));
  }

  @Test
  void prioritiesGrowWithTierAndSeverity() {
    Policy p = Policy.defaults();
    assertThat(p.priority(Tier.TIER_1, Level.NONE)).isEqualTo(1);
    assertThat(p.priority(Tier.TIER_2, Level.RISK)).isEqualTo(4);
    assertThat(p.priority(Tier.TIER_3, Level.SEVERE)).isEqualTo(8);
    assertThatThrownBy(() -> Policy.builder().priorityTier2(9).build())
        .hasMessageContaining("priority_tier2");
  }
}
