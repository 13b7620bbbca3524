package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Level;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Invariants of the default tiering rules on arbitrary valid students. */
class TieringProperties {
  private static MtssEngine engine;
  private static MtssEngine smallBatches;

  @BeforeContainer
  static void compile() {
    engine = MtssEngine.builder().build();
    smallBatches = MtssEngine.builder().batchSize(7).build();
  }

  /** Ways to make one indicator worse, each keeping the student valid. */
  enum Worsening {
    MORE_ABSENCE(s -> s.daysEnrolled() == null ? s : Student.builder().from(s)
        .daysAbsent(Math.min(s.daysEnrolled(), orZero(s.daysAbsent()) + 7)).build()),
    MORE_SUSPENSION(s -> Student.builder().from(s)
        .suspensionDays(Math.min(orZero(s.daysAbsent()), orZero(s.suspensionDays()) + 2))
        .build()),
    MORE_MINOR_INCIDENTS(s -> Student.builder().from(s)
        .incidentsMinor(orZero(s.incidentsMinor()) + 2).build()),
    A_MAJOR_INCIDENT(s -> Student.builder().from(s)
        .incidentsMajor(orZero(s.incidentsMajor()) + 1).build()),
    AN_F_IN_MATH(s -> Student.builder().from(s).failingMath(orZero(s.failingMath()) + 1).build()),
    AN_F_ELSEWHERE(s -> Student.builder().from(s)
        .failingOther(orZero(s.failingOther()) + 1).build()),
    LOWER_GPA(s -> s.gpa() == null ? s : Student.builder().from(s)
        .gpa(Math.max(0, s.gpa() - 0.7)).build()),
    LOWER_READING(s -> s.readingPercentile() == null ? s : Student.builder().from(s)
        .readingPercentile(Math.max(0, s.readingPercentile() - 15)).build());

    final UnaryOperator<Student> apply;

    Worsening(UnaryOperator<Student> apply) {
      this.apply = apply;
    }
  }

  @Property(tries = 300)
  void worseningAnyOneIndicatorNeverLowersTheTierOrALevel(
      @ForAll("students") Student student, @ForAll Worsening worsening) {
    TierDecision before = engine.screen(student);
    TierDecision after = engine.screen(worsening.apply.apply(student));

    assertThat(after.tier()).isGreaterThanOrEqualTo(before.tier());
    for (Domain domain : Domain.values()) {
      assertThat(after.level(domain).isAtLeast(before.level(domain))).as(domain.id()).isTrue();
    }
  }

  @Property(tries = 300)
  void theTierIsTheFunctionOfTheDomainLevelsThatDomainMdDefines(
      @ForAll("students") Student student) {
    TierDecision decision = engine.screen(student);
    long atRisk = decision.levels().values().stream().filter(l -> l != Level.NONE).count();
    boolean severe = decision.levels().containsValue(Level.SEVERE);

    Tier expected = severe || atRisk >= 2 ? Tier.TIER_3 : atRisk == 1 ? Tier.TIER_2 : Tier.TIER_1;
    assertThat(decision.tier()).isEqualTo(expected);
  }

  @Property(tries = 60)
  void decisionsDoNotDependOnBatchingOrOrder(@ForAll("classes") List<Student> students) {
    List<TierDecision> alone = new ArrayList<>();
    students.forEach(s -> alone.add(engine.screen(s)));
    List<Student> shuffled = new ArrayList<>(students);
    Collections.shuffle(shuffled, new Random(students.size()));

    assertThat(engine.screen(students)).isEqualTo(alone);
    assertThat(smallBatches.screen(shuffled)).containsExactlyInAnyOrderElementsOf(alone);
  }

  @Provide
  Arbitrary<List<Student>> classes() {
    return students().list().ofMinSize(1).ofMaxSize(30).map(list -> {
      List<Student> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        unique.add(Student.builder().from(list.get(i)).studentId("s" + i).build());
      }
      return unique;
    });
  }

  @Provide
  Arbitrary<Student> students() {
    Arbitrary<Student.Builder> attendance = Combinators.combine(
            Arbitraries.of(Grade.values()),
            Arbitraries.integers().between(0, 180).injectNull(0.05),
            Arbitraries.doubles().between(0, 0.5).ofScale(2),
            Arbitraries.doubles().between(0, 1).ofScale(1))
        .as((grade, enrolled, absentShare, suspendedShare) -> {
          double absent = enrolled == null ? 0 : Math.floor(enrolled * absentShare);
          return Student.builder().studentId("s").schoolId("A").grade(grade)
              .daysEnrolled(enrolled).daysAbsent(enrolled == null ? null : absent)
              .suspensionDays(Math.floor(absent * suspendedShare * 0.3));
        });
    return Combinators.combine(attendance,
            Arbitraries.integers().between(0, 7).injectNull(0.05),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 2).list().ofSize(3),
            Arbitraries.doubles().between(0, 4).ofScale(2).injectNull(0.05),
            Arbitraries.doubles().between(0, 100).ofScale(0).list().ofSize(2),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 3))
        .as((builder, minor, major, fails, gpa, percentiles, retained, moves) -> builder
            .incidentsMinor(minor).incidentsMajor(major)
            .failingEla(fails.get(0)).failingMath(fails.get(1)).failingOther(fails.get(2))
            .gpa(gpa).readingPercentile(percentiles.get(0)).mathPercentile(percentiles.get(1))
            .retained(retained).schoolMoves(moves).build());
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
