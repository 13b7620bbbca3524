package io.github.mtss.bench;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: deciding 10,000 students with the Drools rules (batched sessions, or one session per
 * student) and with the plain-Java reference evaluator. Run with
 * {@code java -cp mtss-bench/target/benchmarks.jar org.openjdk.jmh.Main DecideBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecideBenchmark {
  @Param({"256"})
  public int batchSize;

  private List<Student> students;
  private MtssEngine engine;
  private MtssEngine perStudent;
  private ReferenceEvaluator reference;

  /** Builds the engines and the students once. */
  @Setup
  public void setUp() {
    students = BenchStudents.generate(10_000, 1);
    engine = MtssEngine.builder().batchSize(batchSize).build();
    perStudent = MtssEngine.builder().batchSize(1).build();
    reference = new ReferenceEvaluator(Policy.defaults());
  }

  /** Drools, students batched into sessions. */
  @Benchmark
  public List<TierDecision> droolsBatched() {
    return engine.screen(students);
  }

  /** Drools, one session per student. */
  @Benchmark
  public List<TierDecision> droolsPerStudent() {
    return perStudent.screen(students);
  }

  /** The plain-Java reference evaluator. */
  @Benchmark
  public void plainJava(Blackhole sink) {
    for (Student student : students) {
      sink.consume(reference.decide(student));
    }
  }
}
