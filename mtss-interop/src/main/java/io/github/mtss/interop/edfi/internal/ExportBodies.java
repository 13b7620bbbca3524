package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtss.core.progress.Plan;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Ed-Fi Data Standard 5 request bodies of the export: a
 * {@code studentEducationOrganizationAssociation} whose {@code studentIndicators} carry the tier
 * and each domain's level, and a {@code studentInterventionAssociation} per plan.
 */
public final class ExportBodies {
  /** Longest {@code diagnosticStatement} the API takes. */
  static final int STATEMENT_LENGTH = 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String indicatorGroup;
  private final String designatedBy;
  private final String tierIndicator;
  private final LocalDate asOf;

  /**
   * Creates the builder of bodies.
   *
   * @param indicatorGroup the {@code indicatorGroup} of every indicator
   * @param designatedBy who designated the indicators
   * @param tierIndicator the {@code indicatorName} of the tier
   * @param asOf the day of the screen, each indicator's period's begin date
   */
  public ExportBodies(String indicatorGroup, String designatedBy, String tierIndicator,
      LocalDate asOf) {
    this.indicatorGroup = indicatorGroup;
    this.designatedBy = designatedBy;
    this.tierIndicator = tierIndicator;
    this.asOf = asOf;
  }

  /**
   * Returns the association of a student with an education organization carrying the tier and
   * the domains' levels (by indicator name, in order), as one line of JSON.
   */
  public String association(String studentId, long educationOrganizationId, int tier,
      Map<String, String> levels) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("educationOrganizationReference")
        .put("educationOrganizationId", educationOrganizationId);
    body.putObject("studentReference").put("studentUniqueId", studentId);
    ArrayNode indicators = body.putArray("studentIndicators");
    indicator(indicators, tierIndicator, "Tier " + tier);
    levels.forEach((name, level) -> indicator(indicators, name, level));
    return body.toString();
  }

  private void indicator(ArrayNode indicators, String name, String value) {
    ObjectNode indicator = indicators.addObject()
        .put("indicatorName", name)
        .put("indicatorGroup", indicatorGroup)
        .put("indicator", value)
        .put("designatedBy", designatedBy);
    indicator.putArray("periods").addObject().put("beginDate", asOf.toString());
  }

  /** Returns the association of a plan's student with its intervention, as one line of JSON. */
  public String intervention(Plan plan, long educationOrganizationId) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("interventionReference")
        .put("educationOrganizationId", educationOrganizationId)
        .put("interventionIdentificationCode", plan.interventionId());
    body.putObject("studentReference").put("studentUniqueId", plan.studentId());
    String statement = String.format(Locale.ROOT, "Tier %d plan %s from %s, review %s%s; goal: "
            + "%s from %s to %s by %s", plan.tier().number(), plan.id(), plan.start(),
        plan.reviewDate(), plan.owner().isEmpty() ? "" : ", owner " + plan.owner(),
        plan.metric().isEmpty() ? "the measure" : plan.metric(), number(plan.baseline()),
        number(plan.target()), plan.targetDate());
    body.put("diagnosticStatement", statement.length() <= STATEMENT_LENGTH ? statement
        : statement.substring(0, STATEMENT_LENGTH));
    return body.toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
