package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Disproportionality: for each demographic group, its risk of an outcome (Tier 3, Tiers 2-3)
 * divided by everyone else's; flagged ratios are shaded.
 */
public final class Disproportionality implements ReportSection {
  @Override
  public Optional<Part> render(ReportRun run) {
    JsonNode rows = run.summary().path("disproportionality");
    String intro = Html.paragraph("Risk ratio: the group's risk of the outcome divided by "
        + "everyone else's; 1.00 is the same risk. Flagged ratios are shaded.");
    if (rows.isEmpty()) {
      return Optional.of(Part.of(Html.section("disproportionality", "Disproportionality",
          intro + Html.paragraph("No demographic columns in the input."))));
    }
    Html.Table table = new Html.Table("column", "group", "outcome", "students#",
        "with outcome#", "risk ratio#");
    for (JsonNode row : rows) {
      table.row(row.path("flagged").asBoolean()).text(row.path("column").asText())
          .text(row.path("group").asText()).text(Labels.of(row.path("outcome").asText()))
          .count(row.path("students").asLong()).count(row.path("with_outcome").asLong())
          .number(row.path("risk_ratio").isNumber() ? Html.ratio(row.path("risk_ratio")
              .asDouble()) : "n/a: " + row.path("undefined_because").asText());
    }
    return Optional.of(Part.of(Html.section("disproportionality", "Disproportionality",
        intro + table.html())));
  }
}
