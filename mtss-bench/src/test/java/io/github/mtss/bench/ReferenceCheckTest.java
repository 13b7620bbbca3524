package io.github.mtss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Policy;
import io.github.mtss.rules.MtssEngine;
import org.junit.jupiter.api.Test;

/**
 * The Drools rules and the plain-Java reference evaluator decide alike on generated students
 * (the full check runs on 1,000,000 students with {@code scripts/bench.sh}).
 */
class ReferenceCheckTest {
  @Test
  void rulesAndReferenceAgreeOnTwentyThousandStudents() {
    MtssEngine engine = MtssEngine.builder().build();
    assertThat(ReferenceCheck.run(engine, 20_000, 11)).isZero();
  }

  @Test
  void theyAgreeUnderAnotherPolicyToo() {
    MtssEngine engine = MtssEngine.builder().policy(Policy.builder().attendanceRiskBelow(0.93)
        .tier3RiskDomains(3).screenerRiskBelow(30).highSevereCoreFailures(3).build()).build();
    assertThat(ReferenceCheck.run(engine, 10_000, 12)).isZero();
  }
}
