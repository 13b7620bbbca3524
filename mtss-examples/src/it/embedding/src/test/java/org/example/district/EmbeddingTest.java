package org.example.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.ScreeningRun;
import io.github.mtss.batch.StudentSource;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screens students through the public API only, as an embedding application would. */
class EmbeddingTest {
  @Test
  void screensStudentsThroughThePublishedApi() {
    MtssEngine engine = MtssEngine.builder()
        .policy(Policy.builder().attendanceRiskBelow(0.88).build())
        .build();
    Student onTrack = Student.builder().studentId("a").schoolId("north").grade(Grade.G7)
        .daysEnrolled(100).daysAbsent(3).gpa(3.1).build();
    Student absent = Student.builder().studentId("b").schoolId("north").grade(Grade.G10)
        .daysEnrolled(100).daysAbsent(14).gpa(2.9).build();

    List<TierDecision> decisions = engine.screen(List.of(onTrack, absent));

    assertEquals(Tier.TIER_1, decisions.get(0).tier());
    assertEquals(Tier.TIER_2, decisions.get(1).tier());
    assertTrue(decisions.get(1).reasons().contains("Chronic absence"), "reasons name the rule");
  }

  @Test
  void screensAStudentsFileThroughTheBatchModule(@TempDir Path dir) throws Exception {
    Path students = Files.writeString(dir.resolve("students.csv"),
        "student_id,school_id,grade_level,days_enrolled,days_absent\n"
            + "a,north,7,100,3\nb,north,10,100,14\nc,north,eleven,100,1\n");

    ScreeningRun run = BatchScreen.builder(MtssEngine.builder().build()).threads(2).build()
        .screen(StudentSource.csv(students), dir.resolve("out"));

    assertEquals(2, run.rowsScreened());
    assertEquals(1, run.rowsRejected());
    assertEquals(List.of("a,north,7,1", "b,north,10,2"), Files.readAllLines(
        dir.resolve("out/tiers.csv")).stream().skip(1)
        .map(line -> String.join(",", List.of(line.split(",")).subList(0, 4))).toList());
  }
}
