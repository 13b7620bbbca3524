package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import java.util.ArrayList;
import java.util.List;
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
    List<Student> students = TestStudents.random(400);
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
}
