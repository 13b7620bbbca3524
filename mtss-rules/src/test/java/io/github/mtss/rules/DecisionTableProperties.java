package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Student;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** A decision table decides exactly as the DRL rules it is equivalent to. */
class DecisionTableProperties {
  private static MtssEngine table;
  private static MtssEngine drl;

  @BeforeContainer
  static void compile() throws URISyntaxException {
    table = MtssEngine.builder().rulePack(pack("table")).build();
    drl = MtssEngine.builder().rulePack(pack("drl")).build();
  }

  private static Path pack(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(
        DecisionTableProperties.class.getResource("/packs/" + name)).toURI());
  }

  @Property(tries = 300)
  void decisionTableEqualsItsDrlEquivalent(@ForAll("students") List<Student> students) {
    assertThat(table.screen(students)).isEqualTo(drl.screen(students));
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
