package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An engine with another policy decides like an engine built with that policy. */
class WithPolicyTest {
  @Test
  void reusedRulesWithAnotherPolicyDecideLikeAFreshEngine() {
    Policy strict = Policy.builder().attendanceRiskBelow(0.95).screenerRiskBelow(40.0)
        .behaviorRiskMinorIncidents(1).build();
    List<Student> students = TestStudents.random(300);
    MtssEngine defaults = MtssEngine.builder().build();

    MtssEngine reused = defaults.withPolicy(strict);
    List<TierDecision> fresh = MtssEngine.builder().policy(strict).build().screen(students);

    assertThat(reused.policy()).isEqualTo(strict);
    assertThat(reused.ruleSet()).isEqualTo(defaults.ruleSet());
    assertThat(reused.screen(students)).isEqualTo(fresh);
    assertThat(defaults.screen(students)).isNotEqualTo(fresh);
  }
}
