package io.github.mtss.interop.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.PartnerCsv;
import io.github.mtss.core.Service;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import hsds}: an HSDS 3 directory becomes partners.csv, rule by rule. */
class HsdsImportTest {
  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(Objects.requireNonNull(HsdsImportTest.class.getResource(name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private HsdsImportResult run(Path input, String out) throws Exception {
    return HsdsImport.builder().supplement(fixture("supplement.csv"))
        .schools(fixture("schools.csv")).build().run(input, dir.resolve(out));
  }

  @Test
  void eachServiceBecomesOneRowByTheMappingRules() throws Exception {
    HsdsImportResult result = run(fixture("district-csv"), "csv/partners.csv");

    assertThat(Files.readAllLines(dir.resolve("csv/partners.csv"))).containsExactly(
        "service_id,service_name,partner_id,partner_name,partner_type,category,tiers,min_grade,"
            + "max_grade,serves,languages,schedule,schools,capacity,evidence_level",
        // an AIRS code matches through its ancestor BD; ages 0-99 clamp to K-12; a virtual
        // location serves every school; no capacity means no seat limit
        "svc-airs,Food Line,org-food-bank,Metro Food Bank,community_based,food,,K,12,,so,"
            + "weekday;evening;weekend;virtual,*,,",
        // Saturday only; Spanish given as spa; the supplement adds serves
        "svc-pantry,Saturday Food Pantry,org-church,St. Anne's Parish,neighborhood_faith,food,,,,"
            + "family,en;es,weekend,A;B,,",
        // the supplement gives the type, seats, tiers, audience and evidence; age 18.5 is grade
        // 13, clamped to 12; opening at 17:30 is evening only
        "svc-supp,\"Mentoring, one to one\",org-mentor,Big Friends,volunteer,mentoring,2;3,5,12,"
            + "both,,evening,B,5,2",
        // ages 6-11 give grades 1-6; 15:00-18:30 is weekday and evening; seats, not meals
        "svc-tutor,Homework Help,org-lib,City Library,library,reading,,1,6,,en;vi,"
            + "weekday;evening,B,12,");
    assertThat(result.servicesRead()).isEqualTo(7);
    assertThat(result.partnersRows()).isEqualTo(4);
    assertThat(result.servicesIgnored()).isEqualTo(1);
    assertThat(result.servicesRejected()).isEqualTo(2);
  }

  @Test
  void whatIsLeftOutIsRejectedOrCountedWithItsReason() throws Exception {
    run(fixture("district-csv"), "partners.csv");

    String rejects = Files.readString(dir.resolve(HsdsImport.REJECTS));
    assertThat(rejects).contains("no taxonomy term maps to a need category: Immigration Law; "
        + "Legal (1600)", "svc-legal");
    assertThat(rejects).contains("no school within 8.0 km", "svc-far");
    assertThat(rejects).contains("svc-ghost", "no service of the directory has this id");
    assertThat(rejects).contains("schools.csv", "latitude");
    JsonNode summary = new ObjectMapper().readTree(dir.resolve(HsdsImport.SUMMARY).toFile());
    assertThat(summary.at("/services_ignored/status inactive").asInt()).isEqualTo(1);
    assertThat(summary.at("/unmapped_terms/Immigration Law").asInt()).isEqualTo(1);
    assertThat(summary.at("/languages_not_understood/tlh-x").asInt()).isEqualTo(1);
    assertThat(summary.at("/rows_with_no_seat_limit").asInt()).isEqualTo(2);
    assertThat(summary.at("/warnings/0").asText()).contains("svc-airs", "community_based");
  }

  @Test
  void theTabularPackageAndTheApiJsonGiveIdenticalPartnersCsv() throws Exception {
    HsdsImportResult csv = run(fixture("district-csv"), "csv/partners.csv");
    HsdsImportResult json = run(fixture("district-json"), "json/partners.csv");

    assertThat(dir.resolve("json/partners.csv")).hasSameBinaryContentAs(
        dir.resolve("csv/partners.csv"));
    assertThat(json.format()).isEqualTo("HSDS 3 API JSON");
    assertThat(csv.format()).isEqualTo("HSDS 3 tabular data package");
    assertThat(json.servicesRejected()).isEqualTo(csv.servicesRejected());
  }

  @Test
  void theRowsReadBackAsPartnersWithoutAReject() throws Exception {
    run(fixture("district-csv"), "partners.csv");

    CsvInput.Result<Service> read;
    try (InputStream in = Files.newInputStream(dir.resolve("partners.csv"))) {
      read = PartnerCsv.read("partners.csv", in);
    }
    assertThat(read.rejects()).isEmpty();
    Service airs = read.rows().get(0).value();
    assertThat(airs.unlimited()).isTrue();
    assertThat(airs.allSchools()).isTrue();
  }

  @Test
  void anHsds1PackageIsRefusedSayingOnlyHsds3IsRead() throws IOException {
    Files.writeString(dir.resolve("services.csv"), "id,organization_id,name\n");
    Files.writeString(dir.resolve("service_taxonomy.csv"), "id,service_id,taxonomy_id\n");

    assertThatThrownBy(() -> HsdsImport.builder().build().run(dir, dir.resolve("out/p.csv")))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("HSDS 1.x package")
        .hasMessageContaining("only HSDS 3.x is read");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void oneTableGivenForThePackageIsRefusedNamingTheDirectoryToGive() {
    assertThatThrownBy(() -> HsdsImport.builder().build().run(
        fixture("district-csv").resolve("services.csv"), dir.resolve("p.csv")))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("give the directory that holds services.csv");
  }

  @Test
  void aMappingFileOverridesTheDefaultsAndAddsTerms() throws Exception {
    Path mapping = Files.writeString(dir.resolve("m.yaml"),
        "school_radius_km: 1000\ncategories:\n  Immigration Law: emergency\n");
    HsdsImport.builder().mapping(HsdsMapping.read(mapping)).build()
        .run(fixture("district-csv"), dir.resolve("p.csv"));

    List<String> rows = Files.readAllLines(dir.resolve("p.csv"));
    assertThat(rows).anyMatch(r -> r.startsWith("svc-legal,") && r.contains(",emergency,"));
    assertThat(HsdsMapping.read(mapping).categories()).containsKey("food pantry");
  }

  @Test
  void aBrokenMappingFileNamesItsLineAndColumn() throws IOException {
    Path mapping = Files.writeString(dir.resolve("m.yaml"),
        "kindergarten_age: 5\ncategories:\n  Tutoring: reeding\n");

    assertThatThrownBy(() -> HsdsMapping.read(mapping))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(mapping + ":3:13: categories 'Tutoring'='reeding': not a need "
            + "category");
    Path unknown = Files.writeString(dir.resolve("u.yaml"), "radius: 5\n");
    assertThatThrownBy(() -> HsdsMapping.read(unknown))
        .hasMessageStartingWith(unknown + ":1:1: unknown key 'radius'");
  }

  /** The official HSDS 3.0 examples, where ../shared is beside the repository. */
  @Test
  void theSharedHsdsExamplesImportInBothFormats() throws Exception {
    Path shared = SharedSamples.hsds();
    assumeThat(shared).as("../shared/interop/hsds beside the repository").isNotNull();
    HsdsImportResult csv = HsdsImport.builder().build().run(shared.resolve("examples-csv"),
        dir.resolve("csv/partners.csv"));
    HsdsImportResult json = HsdsImport.builder().build().run(
        shared.resolve("examples-json/service_list.json"), dir.resolve("json/partners.csv"));

    assertThat(csv.servicesRead()).isEqualTo(1);
    assertThat(json.servicesRead()).isEqualTo(1);
    // the example's only term is a placeholder ("name"), so its one service maps to no category
    assertThat(csv.partnersRows()).isZero();
    assertThat(json.partnersRows()).isZero();
    assertThat(csv.servicesRejected()).isEqualTo(1);
    assertThat(json.servicesRejected()).isEqualTo(1);
    assertThat(dir.resolve("json/partners.csv")).hasSameBinaryContentAs(
        dir.resolve("csv/partners.csv"));
  }
}
