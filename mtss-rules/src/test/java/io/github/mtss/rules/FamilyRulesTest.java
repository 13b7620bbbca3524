package io.github.mtss.rules;

import static io.github.mtss.rules.DefaultCutPointTest.onTrack;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.FamilyPlan;
import io.github.mtss.core.Student;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of family.drl at its boundary: the family engagement action it plans, and none just
 * on the other side. Students are on track except for the value under test.
 */
class FamilyRulesTest {
  private static MtssEngine engine;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  private static Set<String> actions(Student.Builder student) {
    return engine.screen(student.build()).familyPlan().actions();
  }

  @Test
  void aHomeLanguageOtherThanTheSchoolsCallsForAnInterpreterAndTranslatedMaterials() {
    assertThat(actions(onTrack(7).homeLanguage("es")))
        .containsExactlyInAnyOrder("interpreter", "translated_materials");
    assertThat(actions(onTrack(7).homeLanguage("en"))).isEmpty();
    assertThat(actions(onTrack(7))).isEmpty();
  }

  @Test
  void aFamilyAskingForLiteracySupportGetsPlainLanguageMaterials() {
    assertThat(actions(onTrack(7).familyLiteracySupport(true)))
        .containsExactly(FamilyPlan.PLAIN_LANGUAGE_MATERIALS);
    assertThat(actions(onTrack(7).familyLiteracySupport(false))).isEmpty();
  }

  @ParameterizedTest(name = "grade {0} -> {1}")
  @CsvSource(value = {"8, ''", "9, freshman_transition", "10, ''",
      "11, postsecondary_planning", "12, postsecondary_planning"}, emptyValue = "")
  void theFirstYearOfHighSchoolAndTheUpperGradesAreEachPlannedWithTheFamily(int grade,
      String action) {
    Set<String> actions = actions(onTrack(grade));
    if (action.isEmpty()) {
      assertThat(actions).isEmpty();
    } else {
      assertThat(actions).containsExactly(action);
    }
  }

  @Test
  void onlyTier3CallsForAFamilyMeeting() {
    assertThat(actions(onTrack(7).daysAbsent(20.5))).containsExactly("family_meeting");
    assertThat(actions(onTrack(7).daysAbsent(20.0))).isEmpty();
    assertThat(actions(onTrack(7).daysAbsent(12.0).incidentsMinor(2)))
        .containsExactly("family_meeting");
  }
}
