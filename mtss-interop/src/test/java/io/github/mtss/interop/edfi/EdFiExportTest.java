package io.github.mtss.interop.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiers back into Ed-Fi: the bodies of each student and plan, valid against DS 5. */
class EdFiExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TIERS = "student_id,school_id,grade_level,tier,attendance,behavior,"
      + "coursework,flags,reasons\n"
      + "S1,255901044,7,3,severe,risk,none,,r\n"
      + "S2,255901107,3,1,none,none,,,r\n"
      + "S3,ES-MAPLE,4,2,risk,none,none,,r\n"
      + "S4-0123456789012345678901234567890,255901001,9,1,none,none,none,,r\n";
  private static final String PLANS = "plan_id,student_id,intervention_id,tier,start_date,"
      + "review_date,baseline,target,target_date,owner,goal_metric\n"
      + "P1,S1,CHECK-CONNECT,3,2026-09-01,2026-10-01,0.78,0.92,2026-12-15,Ms. Ruiz,attendance_rate\n"
      + "P2,S9,READ-1,2,2026-09-01,2026-10-01,40,70,2026-12-15,,\n";

  @TempDir Path dir;

  private EdFiExportResult export(@Nullable Long organization) throws Exception {
    Path tiers = Files.writeString(dir.resolve("tiers.csv"), TIERS);
    Path plans = Files.writeString(dir.resolve("plans.csv"), PLANS);
    return EdFiExport.builder(LocalDate.of(2026, 10, 1)).plans(plans)
        .educationOrganizationId(organization).build().export(tiers, dir.resolve("edfi"));
  }

  private List<JsonNode> bodies(String file) throws IOException {
    List<JsonNode> bodies = new ArrayList<>();
    JSON.readTree(dir.resolve("edfi").resolve(file).toFile()).forEach(bodies::add);
    return bodies;
  }

  @Test
  void eachStudentGetsTheTierAndEachDomainsLevelAsIndicators() throws Exception {
    EdFiExportResult result = export(null);

    List<JsonNode> students = bodies(EdFiExport.STUDENT_ASSOCIATIONS);
    assertThat(result.students()).isEqualTo(2);
    assertThat(students).hasSize(2);
    JsonNode first = students.get(0);
    assertThat(first.at("/studentReference/studentUniqueId").asText()).isEqualTo("S1");
    assertThat(first.at("/educationOrganizationReference/educationOrganizationId").asLong())
        .isEqualTo(255901044L);
    assertThat(first.at("/studentIndicators").findValuesAsText("indicatorName"))
        .containsExactly("MTSS tier", "Attendance", "Behavior", "Course performance");
    assertThat(first.at("/studentIndicators").findValuesAsText("indicator"))
        .containsExactly("Tier 3", "severe", "risk", "none");
    assertThat(first.at("/studentIndicators").findValuesAsText("indicatorGroup"))
        .containsOnly("Early Warning");
    assertThat(first.at("/studentIndicators/0/periods/0/beginDate").asText())
        .isEqualTo("2026-10-01");
    // a domain not evaluated (empty cell) has no indicator
    assertThat(students.get(1).at("/studentIndicators").findValuesAsText("indicatorName"))
        .containsExactly("MTSS tier", "Attendance", "Behavior");
  }

  @Test
  void plansBecomeInterventionAssociationsAndWhatCannotBeSentIsRejected() throws Exception {
    EdFiExportResult result = export(null);

    List<JsonNode> plans = bodies(EdFiExport.INTERVENTION_ASSOCIATIONS);
    assertThat(plans).hasSize(1);
    assertThat(plans.get(0).at("/interventionReference/interventionIdentificationCode").asText())
        .isEqualTo("CHECK-CONNECT");
    assertThat(plans.get(0).at("/diagnosticStatement").asText()).isEqualTo("Tier 3 plan P1 "
        + "from 2026-09-01, review 2026-10-01, owner Ms. Ruiz; goal: attendance_rate from 0.78 "
        + "to 0.92 by 2026-12-15");
    assertThat(result.rejects()).extracting(r -> r.column() + ":" + r.id()).containsExactly(
        "student_id:P2", "school_id:S3", "student_id:S4-0123456789012345678901234567890");
    assertThat(Files.readString(dir.resolve("edfi").resolve(EdFiExport.REJECTS)))
        .contains("not an Ed-Fi educationOrganizationId", "not in tiers.csv");
  }

  @Test
  void oneEducationOrganizationForAllExportsEveryStudentAndPlan() throws Exception {
    EdFiExportResult result = export(255901L);

    assertThat(result.students()).isEqualTo(3);
    assertThat(result.interventions()).isEqualTo(2);
    assertThat(bodies(EdFiExport.STUDENT_ASSOCIATIONS)).allMatch(body -> body.at(
        "/educationOrganizationReference/educationOrganizationId").asLong() == 255901L);
  }

  @Test
  void everyBodyValidatesAgainstTheDataStandard5Schema() throws Exception {
    Path spec = apiSpec();
    assumeThat(spec).as("../shared/interop/edfi/api-spec beside the repository").isNotNull();
    export(255901L);

    Schema students = schema(spec, "edFi_studentEducationOrganizationAssociation");
    Schema plans = schema(spec, "edFi_studentInterventionAssociation");
    for (JsonNode body : bodies(EdFiExport.STUDENT_ASSOCIATIONS)) {
      assertThat(students.validate(body.toString(), InputFormat.JSON)).as(body.toString())
          .isEmpty();
    }
    for (JsonNode body : bodies(EdFiExport.INTERVENTION_ASSOCIATIONS)) {
      assertThat(plans.validate(body.toString(), InputFormat.JSON)).as(body.toString())
          .isEmpty();
    }
    List<Error> broken = students.validate("{\"studentReference\": {}}", InputFormat.JSON);
    assertThat(broken).as("the schema check can fail").isNotEmpty();
  }

  /** Returns the schema of one resource: a $ref into the OpenAPI document's components. */
  private static Schema schema(Path spec, String name) throws IOException {
    ObjectNode document = JSON.createObjectNode();
    document.put("$ref", "#/components/schemas/" + name);
    document.set("components", JSON.readTree(spec.toFile()).path("components"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(document.toString(), InputFormat.JSON);
  }

  private static @Nullable Path apiSpec() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      if (Files.exists(at.resolve("mvnw"))) {
        Path spec = at.resolveSibling("shared").resolve("interop/edfi/api-spec"
            + "/resources-ds-5.0.selected-subset.json");
        return Files.exists(spec) ? spec : null;
      }
    }
    return null;
  }
}
