package org.example.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screens a few students through the public API only, as an embedding application would. */
class EmbeddingTest {
  @Test
  void screensStudentsThroughThePublishedApi() {
    MtssEngine engine = MtssEngine.builder()
        .policy(Policy.builder().attendanceRiskBelow(0.88).build())
        .build();
    Student onTrack = Student.builder().studentId("a").schoolId("north").grade(Grade.G7)
        .daysEnrolled(100).daysAbsent(3.0).gpa(3.1).build();
    Student absent = Student.builder().studentId("b").schoolId("north").grade(Grade.G10)
        .daysEnrolled(100).daysAbsent(14.0).gpa(2.9).build();

    List<TierDecision> decisions = engine.screen(List.of(onTrack, absent));

    assertEquals(Tier.TIER_1, decisions.get(0).tier());
    assertEquals(Tier.TIER_2, decisions.get(1).tier());
    assertTrue(decisions.get(1).reasons().contains("Chronic absence"), "reasons name the rule");
  }
}
