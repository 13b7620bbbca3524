package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Audience;
import io.github.mtss.core.Availability;
import io.github.mtss.core.Eligibility;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Need;
import io.github.mtss.core.Partner;
import io.github.mtss.core.PartnerType;
import io.github.mtss.core.Service;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.UnmetCause;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each eligibility criterion at its boundary: a Tier 1 grade-7 student at school A whose family
 * speaks Spanish and is free in the evenings, with a recorded need for food, against one food
 * service changed on one criterion.
 */
class EligibilityRulesTest {
  private static final Partner PANTRY = Partner.builder().id("P").name("Pantry")
      .type(PartnerType.COMMUNITY_BASED).build();

  private static Service.Builder fitting() {
    return Service.builder().id("food").name("Food").partner(PANTRY).category(Need.FOOD)
        .tiers(EnumSet.allOf(Tier.class)).minGrade(Grade.G6).maxGrade(Grade.G8)
        .audience(Audience.FAMILY).languages(Set.of("es")).schedule(Set.of(Availability.EVENING))
        .schools(Set.of("A")).capacity(5);
  }

  private static Student.Builder student() {
    return Student.builder().studentId("s").schoolId("A").grade(Grade.G7).daysEnrolled(100)
        .daysAbsent(1.0).incidentsMinor(0).gpa(3.0).homeLanguage("es")
        .familyAvailability(Set.of(Availability.EVENING)).needs(Set.of(Need.FOOD));
  }

  private static Eligibility eligibility(Service service, UnaryOperator<Student.Builder>
      change) {
    MtssEngine engine = MtssEngine.builder().services(List.of(service)).build();
    return engine.screen(change.apply(student()).build()).eligibility().get(Need.FOOD);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "fits on every criterion,       A, 6,  8,  es, evening, family, ",
      "lowest grade served is 7,      A, 7,  8,  es, evening, family, ",
      "highest grade served is 7,     A, 6,  7,  es, evening, family, ",
      "grades 8 to 12 only,           A, 8,  12, es, evening, family, GRADE",
      "grades K to 6 only,            A, 0,  6,  es, evening, family, GRADE",
      "another school,                B, 6,  8,  es, evening, family, SCHOOL",
      "English only for a family,     A, 6,  8,  en, evening, family, LANGUAGE",
      "interpretation for any,        A, 6,  8,  *,  evening, family, ",
      "English only for the student,  A, 6,  8,  en, evening, student,",
      "weekends only for a family,    A, 6,  8,  es, weekend, both,   SCHEDULE",
      "weekends only for the student, A, 6,  8,  es, weekend, student,"})
  void eachCriterionAtItsBoundary(String description, String school, int min, int max,
      String language, String window, String audience, String cause) {
    Service.Builder service = fitting().schools(Set.of(school))
        .minGrade(Grade.ofNumber(min)).maxGrade(Grade.ofNumber(max))
        .schedule(Set.of(Availability.parse(window))).audience(Audience.parse(audience));
    Service built = language.equals("*")
        ? service.languages(Set.of()).interpretation(true).build()
        : service.languages(Set.of(language)).build();

    Eligibility eligibility = eligibility(built, s -> s);

    if (cause == null) {
      assertThat(eligibility.eligibleServices()).containsExactly("food");
    } else {
      assertThat(eligibility.eligibleServices()).isEmpty();
      assertThat(eligibility.cause()).isEqualTo(UnmetCause.valueOf(cause));
    }
  }

  @ParameterizedTest(name = "service for tiers {0}")
  @CsvSource({"1;2;3, true", "1, true", "2;3, false"})
  void theTierMustBeServed(String tiers, boolean fits) {
    EnumSet<Tier> served = EnumSet.noneOf(Tier.class);
    for (String tier : tiers.split(";")) {
      served.add(Tier.of(Integer.parseInt(tier)));
    }
    Eligibility eligibility = eligibility(fitting().tiers(served).build(), s -> s);

    assertThat(eligibility.eligibleServices().isEmpty()).isEqualTo(!fits);
    if (!fits) {
      assertThat(eligibility.cause()).isEqualTo(UnmetCause.TIER);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"unknown language and hours fit anything, true", "known ones must match, false"})
  void unknownFamilyLanguageAndHoursNeverExclude(String description, boolean unknown) {
    Service englishWeekends = fitting().languages(Set.of("en"))
        .schedule(Set.of(Availability.WEEKEND)).build();
    Eligibility eligibility = eligibility(englishWeekends, s -> unknown
        ? s.homeLanguage(null).familyAvailability(Set.of()) : s);

    assertThat(eligibility.eligibleServices().isEmpty()).isEqualTo(!unknown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"no service of the category, NO_SERVICE"})
  void aNeedWithoutAnyServiceOfItsCategory(String description, UnmetCause cause) {
    Service vision = fitting().id("vision").category(Need.VISION).build();

    assertThat(eligibility(vision, s -> s).cause()).isEqualTo(cause);
  }
}
