package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads decides exactly as it does on one thread. */
class EngineConcurrencyTest {
  @Test
  void manyThreadsShareOneEngine() throws Exception {
    MtssEngine engine = MtssEngine.builder().batchSize(16).build();
    List<Student> students = randomStudents(400);
    List<TierDecision> expected = engine.screen(students);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<TierDecision>>> tasks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tasks.add(() -> engine.screen(students));
      }
      for (Future<List<TierDecision>> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Student> randomStudents(int count) {
    Random random = new Random(42);
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      students.add(Student.builder()
          .studentId(String.format("s%04d", i))
          .schoolId("school-" + random.nextInt(4))
          .grade(Grade.ofNumber(random.nextInt(13)))
          .daysEnrolled(100)
          .daysAbsent((double) random.nextInt(30))
          .incidentsMinor(random.nextInt(4))
          .incidentsMajor(random.nextInt(2))
          .failingEla(random.nextInt(2))
          .failingMath(random.nextInt(2))
          .gpa(random.nextInt(41) / 10.0)
          .readingPercentile((double) random.nextInt(100))
          .mathPercentile((double) random.nextInt(100))
          .build());
    }
    return students;
  }
}
