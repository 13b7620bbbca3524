package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Level;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A decision table decides exactly as the DRL rules it is equivalent to, and both decide
 * otherwise than the default rules they replace (so the equality is not that of two packs that
 * never fire).
 */
class DecisionTableProperties {
  private static MtssEngine table;
  private static MtssEngine drl;
  private static MtssEngine defaults;

  @BeforeContainer
  static void compile() throws URISyntaxException {
    table = MtssEngine.builder().rulePack(pack("table")).build();
    drl = MtssEngine.builder().rulePack(pack("drl")).build();
    defaults = MtssEngine.builder().build();
  }

  private static Path pack(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(
        DecisionTableProperties.class.getResource("/packs/" + name)).toURI());
  }

  @Property(tries = 300)
  void decisionTableEqualsItsDrlEquivalent(@ForAll("students") List<Student> students) {
    List<TierDecision> decisions = table.screen(students);
    assertThat(decisions).isEqualTo(drl.screen(students));

    Statistics.label("a pack rule fired")
        .collect(decisions.stream().anyMatch(DecisionTableProperties::firedAPackRule));
    Statistics.label("a pack rule fired")
        .coverage(coverage -> coverage.check(true).percentage(share -> share >= 5));
  }

  @Example
  void bothPacksMoveTheCutPointOfGradesKTo5() {
    Student student = Student.builder().studentId("s").schoolId("A").grade(Grade.ofNumber(3))
        .daysEnrolled(100).daysAbsent(11.0).build();

    assertThat(defaults.screen(student).level(Domain.ATTENDANCE)).isEqualTo(Level.RISK);
    for (MtssEngine pack : List.of(table, drl)) {
      assertThat(pack.screen(student).level(Domain.ATTENDANCE)).isEqualTo(Level.NONE);
      assertThat(pack.screen(Student.builder().from(student).daysAbsent(12.5).build()).reasons())
          .contains("Chronic absence, grades K-5").doesNotContain("Chronic absence");
    }
  }

  private static boolean firedAPackRule(TierDecision decision) {
    return decision.reasons().stream().anyMatch(reason -> reason.startsWith("Chronic absence, "));
  }

  @Provide
  Arbitrary<List<Student>> students() {
    Arbitrary<Student> student = Combinators.combine(
            Arbitraries.of(Grade.values()),
            Arbitraries.integers().between(0, 200),
            Arbitraries.doubles().between(0, 1).ofScale(3))
        .as((grade, enrolled, absentShare) -> Student.builder()
            .studentId("s")
            .schoolId("A")
            .grade(grade)
            .daysEnrolled(enrolled)
            .daysAbsent(Math.floor(enrolled * absentShare * 2) / 2)
            .build());
    return student.list().ofMinSize(1).ofMaxSize(5).map(list -> {
      List<Student> unique = new java.util.ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        unique.add(Student.builder().from(list.get(i)).studentId("s" + i).build());
      }
      return unique;
    });
  }
}
