package io.github.mtss.examples.research;

import static io.github.mtss.examples.report.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's partner evaluation section, drawn from the {@code partner-evaluation.json} that
 * {@code evaluate-partners} wrote: for all services, each service and each partner, the students
 * served, the seats used and offered, and the difference in change (tier and each indicator
 * level) against the comparison students with its interval, labelled descriptive, not causal.
 * Every text from the file is HTML-escaped; the rows also go into the page's JSON data block.
 */
public final class PartnerEvaluationSection {
  /** The file the section is drawn from. */
  public static final String FILE = "partner-evaluation.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private PartnerEvaluationSection() {}

  /**
   * Returns the section for the {@code partner-evaluation.json} in {@code directory}, and puts
   * its rows in {@code data} as {@code partnerEvaluation}; returns an empty text, and leaves
   * {@code data} as it is, when the directory has no such file.
   */
  public static String html(Path directory, ObjectNode data) throws IOException {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return "";
    }
    JsonNode evaluation = JSON.readTree(file.toFile());
    data.set("partnerEvaluation", evaluation.path("rows"));
    StringBuilder html = new StringBuilder("<section id=\"partner-evaluation\"><h2>Partner "
        + "evaluation (descriptive, not causal)</h2><p>")
        .append(escape(evaluation.path("label").asText())).append(". Change from ")
        .append(escape(evaluation.path("before").asText())).append(" to ")
        .append(escape(evaluation.path("after").asText())).append("; a negative difference "
            + "means the students served moved to a less intensive tier or level than the "
            + "comparison students, with its ")
        .append(Math.round(evaluation.path("confidence").asDouble() * 100))
        .append(" % interval.</p>");
    int missing = evaluation.path("missing_after").size();
    if (missing > 0) {
      html.append("<p>").append(missing).append(" students of the first screen are not in the "
          + "second and are left out.</p>");
    }
    html.append("<table><tr><th>scope</th><th>id</th><th>partner</th><th>needs</th>"
        + "<th>students served</th><th>seats used</th><th>seats offered</th>");
    for (String measure : PartnerEvaluation.MEASURES) {
      html.append("<th>").append(measure).append(": difference [interval] (served / compared)"
          + "</th>");
    }
    html.append("</tr>");
    rows(evaluation.path("rows")).forEach((key, measures) -> row(html, measures));
    return html.append("</table></section>\n").toString();
  }

  /** Returns the rows grouped by scope and id, in file order. */
  private static Map<String, List<JsonNode>> rows(JsonNode rows) {
    Map<String, List<JsonNode>> grouped = new LinkedHashMap<>();
    for (JsonNode row : rows) {
      grouped.computeIfAbsent(row.path("scope").asText() + "\u0000" + row.path("id").asText(),
          k -> new java.util.ArrayList<>()).add(row);
    }
    return grouped;
  }

  private static void row(StringBuilder html, List<JsonNode> measures) {
    JsonNode first = measures.get(0);
    html.append("<tr><td>").append(escape(first.path("scope").asText())).append("</td><td>")
        .append(escape(first.path("id").asText())).append("</td><td>")
        .append(escape(first.path("partner_id").asText())).append("</td><td>")
        .append(escape(first.path("needs").asText().replace(";", ", "))).append("</td><td>")
        .append(first.path("students_served").asInt()).append("</td><td>")
        .append(first.path("seats_used").asInt()).append("</td><td>")
        .append(first.path("seats_offered").isNumber() ? first.path("seats_offered").asText()
            : "no limit").append("</td>");
    for (JsonNode measure : measures) {
      html.append("<td>").append(difference(measure)).append("</td>");
    }
    html.append("</tr>");
  }

  private static String difference(JsonNode row) {
    String counts = " (" + row.path("served_n").asInt() + " / " + row.path("comparison_n").asInt()
        + ")";
    if (!row.path("difference").isNumber()) {
      return "no comparison" + counts;
    }
    String interval = row.path("low").isNumber()
        ? String.format(Locale.ROOT, " [%+.2f, %+.2f]", row.path("low").asDouble(),
            row.path("high").asDouble()) : " [too few for an interval]";
    return String.format(Locale.ROOT, "%+.2f", row.path("difference").asDouble()) + interval
        + counts;
  }

}
