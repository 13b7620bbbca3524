package io.github.mtss.interop.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.batch.InputFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supplement fills what Ed-Fi lacks; a broken mapping file fails with its location. */
class SupplementAndMappingTest {
  private static final String S = EdFiFixture.SCHOOL;
  @TempDir
  Path dir;

  @Test
  void theSupplementFillsNeedsAndFamilyColumnsAndRejectsUnknownStudents() throws Exception {
    Path in = new EdFiFixture().fallSession().weekdays(S, "2021-09-01", "2021-09-30")
        .enrolment("1", S, "2021-09-01", null, "Kindergarten").write(dir.resolve("in"));
    Path supplement = Files.writeString(dir.resolve("supplement.csv"),
        "student_id,needs,family_availability,family_literacy_support,days_absent,note\n"
            + "1,food;housing,evening,true,,=HYPERLINK(\"x\")\n"
            + "9,food,,,,\n");
    EdFiImportResult result = EdFiImport.builder().asOf(LocalDate.parse("2021-09-30"))
        .supplement(supplement).build().run(List.of(in), dir.resolve("out"));
    assertThat(EdFiFixture.rows(dir.resolve("out/students.csv")).get("1"))
        .containsEntry("grade_level", "K").containsEntry("needs", "food;housing")
        .containsEntry("family_availability", "evening")
        .containsEntry("family_literacy_support", "true").containsEntry("days_absent", "0")
        .containsEntry("note", "'=HYPERLINK(\"x\")");
    assertThat(result.rejectLines()).isEqualTo(1);
    assertThat(EdFiFixture.records(dir.resolve("out/import-rejects.csv"))).singleElement()
        .satisfies(r -> {
          assertThat(r.get("resource")).isEqualTo("supplement");
          assertThat(r.get("student_id")).isEqualTo("9");
          assertThat(r.get("line")).isEqualTo("3");
        });
  }

  @Test
  void anUnknownMappingKeyFailsWithFileLineAndColumn() throws Exception {
    Path mapping = Files.writeString(dir.resolve("m.json"),
        "{\n  \"majorBehaviors\": [\"State Offense\"],\n  \"majorBehaviour\": []\n}");
    assertThatThrownBy(() -> EdFiMapping.load(mapping)).isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(mapping + ":3:3: unknown key 'majorBehaviour'");
  }

  @Test
  void aValueOfTheWrongKindFailsWithItsLocation() throws Exception {
    Path mapping = Files.writeString(dir.resolve("m.json"),
        "{\"failingNumericGradeBelow\": \"sixty\"}");
    assertThatThrownBy(() -> EdFiMapping.load(mapping))
        .hasMessageStartingWith(mapping + ":1:30: failingNumericGradeBelow must be a number");
    Path grades = Files.writeString(dir.resolve("g.json"),
        "{\"gradeLevels\": {\"Prekindergarten\": \"PK\"}}");
    assertThatThrownBy(() -> EdFiMapping.load(grades)).hasMessageContaining(
        "gradeLevels maps 'Prekindergarten' to 'PK'; use K or 1 to 12");
  }

  @Test
  void noSessionContainingTheImportDayIsAnUnusableInput() throws Exception {
    Path in = new EdFiFixture().fallSession().enrolment("1", S, "2021-09-01", null,
        "Kindergarten").write(dir.resolve("in"));
    assertThatThrownBy(() -> EdFiFixture.run(in, "2022-07-01", dir.resolve("out")))
        .isInstanceOf(InputFileException.class).hasMessageContaining("--school-year");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
