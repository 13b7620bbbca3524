package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtss.batch.MatchingSummary;
import io.github.mtss.core.Audience;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Need;
import io.github.mtss.core.Partner;
import io.github.mtss.core.PartnerType;
import io.github.mtss.core.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen --partners}: recommendations, unmet needs and utilisation on the demo district. */
class MatchingCommandTest {
  @TempDir Path dir;
  private Path students;
  private Path partners;

  @BeforeEach
  void copyDemo() throws IOException {
    students = copy(DemoCommand.STUDENTS, "students.csv");
    partners = copy(DemoCommand.PARTNERS, "partners.csv");
  }

  @Test
  void everyNeedEndsInExactlyOneOfRecommendationsOrUnmetAndNoServiceIsOverbooked()
      throws IOException {
    CliRunner result = CliRunner.run("screen", "--students", students.toString(), "--partners",
        partners.toString(), "--out", dir.resolve("out").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    List<String> recommendations = lines("out/recommendations.csv");
    List<String> unmet = lines("out/unmet.csv");
    assertThat(recommendations.get(0))
        .isEqualTo("student_id,need,service_id,partner_id,priority,reason");
    assertThat(unmet.get(0)).isEqualTo("student_id,need,cause,suggested_partner_types");
    Set<String> pairs = new HashSet<>();
    Map<String, Integer> used = new HashMap<>();
    for (String row : recommendations.subList(1, recommendations.size())) {
      String[] cells = row.split(",");
      assertThat(pairs.add(cells[0] + "/" + cells[1])).as("one row per (student, need)").isTrue();
      used.merge(cells[2], 1, Integer::sum);
    }
    for (String row : unmet.subList(1, unmet.size())) {
      String[] cells = row.split(",");
      assertThat(pairs.add(cells[0] + "/" + cells[1])).as("met or unmet, not both").isTrue();
    }
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
    int needs = 0;
    for (JsonNode need : summary.get("needs")) {
      needs += need.get("met").asInt() + need.get("unmet").asInt();
    }
    assertThat(pairs).hasSize(needs);
    used.forEach((service, seats) -> assertThat(seats).isLessThanOrEqualTo(
        summary.at("/partner_utilisation/" + service + "/seats").asInt()));
    assertThat(summary.at("/partner_utilisation/SV-RP-READ/partner_type").asText())
        .isEqualTo("volunteer");
    assertThat(String.join("\n", unmet)).contains(",capacity,", ",tier,");
  }

  @Test
  void unmetNeedsSuggestWhomToRecruit() throws IOException {
    Path onlyFood = Files.writeString(dir.resolve("p.csv"),
        "service_id,partner_id,partner_type,category,capacity\nF,P,community_based,food,0\n");
    Path one = Files.writeString(dir.resolve("s.csv"), "student_id,school_id,grade_level,needs\n"
        + "a,S,3,vision;food\n");
    CliRunner result = CliRunner.run("screen", "--students", one.toString(), "--partners",
        onlyFood.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(lines("out/unmet.csv")).containsExactly(
        "student_id,need,cause,suggested_partner_types",
        "a,vision,no_service,health_care;religious_civic",
        "a,food,capacity,community_based;neighborhood_faith;religious_civic");
  }

  @Test
  void aServiceWithAnEmptyCapacityHasNoSeatLimit() throws IOException {
    Path referral = Files.writeString(dir.resolve("p.csv"),
        "service_id,partner_id,partner_type,category,capacity\n"
            + "F,P,community_based,food,\nT,Q,volunteer,reading,1\n");
    Path three = Files.writeString(dir.resolve("s.csv"), "student_id,school_id,grade_level,needs\n"
        + "a,S,3,food;reading\nb,S,4,food;reading\nc,S,5,food\n");
    CliRunner result = CliRunner.run("screen", "--students", three.toString(), "--partners",
        referral.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(lines("out/unmet.csv")).containsExactly(
        "student_id,need,cause,suggested_partner_types", "b,reading,capacity,library;volunteer;post_secondary");
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.at("/partner_utilisation/F/seats").isNull()).isTrue();
    assertThat(summary.at("/partner_utilisation/F/unlimited").asBoolean()).isTrue();
    assertThat(summary.at("/partner_utilisation/F/used").asInt()).isEqualTo(3);
  }

  @Test
  void theSummaryTableCountsSeatsApartFromReferralsWithNoSeatLimit() {
    Partner partner = Partner.builder().id("P").name("P").type(PartnerType.VOLUNTEER).build();
    Service.Builder service = Service.builder().name("s").partner(partner).category(Need.FOOD)
        .minGrade(Grade.K).maxGrade(Grade.G12).audience(Audience.STUDENT);
    List<Service> services = List.of(service.id("F").build(), service.id("T").capacity(4).build());
    MatchingSummary matching = new MatchingSummary(Map.of(),
        new TreeMap<>(Map.of("F", 3, "T", 1)), 4);

    assertThat(SummaryTable.renderMatching(matching, services)).contains(
        "2 services from 1 partners: 1 of 4 seats used",
        "3 referrals to the 1 services with no seat limit");
  }

  @Test
  void badPartnerRowsAreRejectedWithTheirFileAndTheRestIsUsed() throws IOException {
    Path bad = Files.writeString(dir.resolve("partners.csv"),
        "service_id,partner_id,partner_name,partner_type,category,capacity,min_grade,max_grade\n"
            + "A,P1,Pantry,community_based,food,5,K,12\n"
            + "B,P1,Other name,community_based,food,5,K,12\n"
            + "C,P2,Clinic,hospital,health,5,K,12\n"
            + "D,P3,Club,library,reading,-1,K,12\n"
            + "A,P1,Pantry,community_based,food,5,K,12\n"
            + "E,P4,Uni,post_secondary,career,5,12,9\n");
    CliRunner result = CliRunner.run("screen", "--students", students.toString(), "--partners",
        bad.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(1);
    String rejects = String.join("\n", lines("out/rejects.csv"));
    assertThat(rejects).contains("3,,partner_id,", "the service is kept", "4,,partner_type,",
        "5,,capacity,", "6,,service_id,", "duplicate service id", "7,,min_grade,",
        bad.toString() + ",C,hospital");
  }

  private Path copy(String resource, String name) throws IOException {
    return TestFiles.copy(resource, dir, name);
  }

  private List<String> lines(String file) throws IOException {
    return TestFiles.lines(dir.resolve(file));
  }
}
