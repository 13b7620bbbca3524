package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import hsds}, {@code export edfi} and {@code screen --edfi-out}. */
class ImportExportCommandTest {
  @TempDir Path dir;
  private Path hsds;

  @BeforeEach
  void directory() throws IOException {
    hsds = Files.createDirectories(dir.resolve("hsds"));
    Files.writeString(hsds.resolve("organizations.csv"), "id,name\no1,Reading Friends\n");
    Files.writeString(hsds.resolve("services.csv"), "id,organization_id,name,status,"
        + "minimum_age,maximum_age\ns1,o1,Volunteer tutors,active,6,10\n"
        + "s2,o1,Pantry,active,,\ns3,o1,Legal help,active,,\n");
    Files.writeString(hsds.resolve("taxonomy_terms.csv"), "id,code,name\nt1,,Tutoring\n"
        + "t2,BD-1800,Food Pantries\nt3,F,Criminal Justice and Legal Services\n");
    Files.writeString(hsds.resolve("attributes.csv"), "id,link_id,taxonomy_term_id\n"
        + "a1,s1,t1\na2,s2,t2\na3,s3,t3\n");
  }

  @Test
  void importHsdsWritesPartnersRejectsAndSummary() throws IOException {
    CliRunner result = CliRunner.run("import", "hsds", "--in", hsds.toString(), "--out",
        dir.resolve("out/partners.csv").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(MtssCommand.ROWS_REJECTED);
    assertThat(result.out()).contains("read 3 services", "wrote 2 partners rows",
        "0 ignored, 1 rejected");
    assertThat(result.err()).contains("warning: ", "community_based is assumed",
        "1 problem(s), see import-rejects.csv", "Criminal Justice and Legal Services (F)");
    assertThat(Files.readAllLines(dir.resolve("out/partners.csv"))).hasSize(3)
        .anyMatch(row -> row.startsWith("s1,Volunteer tutors,o1,Reading Friends,"
            + "community_based,reading,,1,5,"));
    assertThat(dir.resolve("out/import-summary.json")).exists();
  }

  @Test
  void importedPartnersScreenAndTheTiersGoBackToEdFi() throws IOException {
    Path partners = dir.resolve("partners.csv");
    CliRunner.run("import", "hsds", "--in", hsds.toString(), "--out", partners.toString());
    Path students = Files.writeString(dir.resolve("students.csv"),
        "student_id,school_id,grade_level,days_enrolled,days_absent,needs\n"
            + "a,255901107,3,100,25,reading;food\nb,255901107,4,100,1,\n");
    Path plans = Files.writeString(dir.resolve("plans.csv"), "plan_id,student_id,"
        + "intervention_id,tier,start_date,review_date,baseline,target,target_date\n"
        + "P1,a,CHECK-CONNECT,2,2026-09-01,2026-10-15,0.75,0.9,2026-12-15\n");

    CliRunner screen = CliRunner.run("screen", "--students", students.toString(), "--partners",
        partners.toString(), "--plans", plans.toString(), "--as-of", "2026-10-01",
        "--out", dir.resolve("screen").toString(), "--edfi-out", dir.resolve("edfi").toString());
    assertThat(screen.exitCode()).as(screen.err()).isZero();
    assertThat(screen.out()).contains("wrote 2 student and 1 intervention associations");
    String bodies = Files.readString(dir.resolve("edfi/studentEducationOrganizationAssociations"
        + ".json"));
    assertThat(bodies).contains("\"studentUniqueId\":\"a\"", "\"indicatorGroup\":\"Early "
        + "Warning\"", "\"beginDate\":\"2026-10-01\"");
    // the imported services have no seat limit, so the needs they fit are met
    assertThat(Files.readAllLines(dir.resolve("screen/unmet.csv")))
        .noneMatch(row -> row.startsWith("a,reading,") || row.startsWith("a,food,"));
    assertThat(Files.readString(dir.resolve("screen/recommendations.csv")))
        .contains("a,reading,s1,o1", "a,food,s2,o1");

    CliRunner export = CliRunner.run("export", "edfi", "--from", dir.resolve("screen")
        .toString(), "--plans", plans.toString(), "--as-of", "2026-10-01", "--out",
        dir.resolve("export").toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(dir.resolve("export/studentEducationOrganizationAssociations.json"))
        .hasSameTextualContentAs(dir.resolve("edfi/studentEducationOrganizationAssociations"
            + ".json"));
    assertThat(dir.resolve("export/studentInterventionAssociations.json"))
        .hasSameTextualContentAs(dir.resolve("edfi/studentInterventionAssociations.json"));
  }

  @Test
  void anHsds1PackageOrABrokenMappingStopsWithExitCode2() throws IOException {
    Files.writeString(hsds.resolve("regular_schedule.csv"), "id,service_id,weekday\n");
    CliRunner old = CliRunner.run("import", "hsds", "--in", hsds.toString(), "--out",
        dir.resolve("p.csv").toString());
    assertThat(old.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(old.err()).contains("only HSDS 3.x is read").doesNotContain("Exception");

    Files.delete(hsds.resolve("regular_schedule.csv"));
    Path mapping = Files.writeString(dir.resolve("m.yaml"), "school_radius_km: far\n");
    CliRunner broken = CliRunner.run("import", "hsds", "--in", hsds.toString(), "--mapping",
        mapping.toString(), "--out", dir.resolve("p.csv").toString());
    assertThat(broken.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(broken.err()).contains(mapping + ":1:19: school_radius_km='far': not a number");
    assertThat(dir.resolve("p.csv")).doesNotExist();
  }

  @Test
  void theSharedHsdsExamplesImport() {
    Path shared = Path.of("").toAbsolutePath().getParent().resolveSibling("shared")
        .resolve("interop/hsds");
    assumeThat(Files.isDirectory(shared)).as("../shared/interop/hsds beside the repository")
        .isTrue();
    CliRunner csv = CliRunner.run("import", "hsds", "--in", shared.resolve("examples-csv")
        .toString(), "--out", dir.resolve("csv/partners.csv").toString());
    CliRunner json = CliRunner.run("import", "hsds", "--in", shared.resolve(
        "examples-json/service_list.json").toString(), "--out",
        dir.resolve("json/partners.csv").toString());

    assertThat(csv.out()).contains("read 1 services", "wrote 0 partners rows", "1 rejected");
    assertThat(json.out()).contains("read 1 services", "wrote 0 partners rows", "1 rejected");
    assertThat(csv.exitCode()).isEqualTo(MtssCommand.ROWS_REJECTED);
  }

  @Test
  void importWithoutAFormatIsAUsageError() {
    CliRunner result = CliRunner.run("import");

    assertThat(result.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(result.err()).contains("Missing format: choose one of edfi, hsds");
  }
}
