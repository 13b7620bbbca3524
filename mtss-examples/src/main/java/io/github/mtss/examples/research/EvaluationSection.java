package io.github.mtss.examples.research;

import static io.github.mtss.examples.report.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtss.examples.report.Html;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The report's section "Does the screening find the students who need help?", drawn from the
 * {@code evaluation.json} that {@code mtss evaluate --out <screen output>/evaluation} wrote: the
 * flags against the outcome beside the logistic yardstick, per domain, the equity subgroups with
 * their error-rate ratios, and the calibration's before/after table.
 *
 * <p>Every value from the file is escaped text in the tables; the whole file is also put in the
 * page as a {@code <script type="application/json" id="evaluation-data">} block (never run,
 * characters HTML gives a meaning escaped), for readers who want the numbers.
 */
public final class EvaluationSection {
  /** Where the section looks, inside a screen's output directory. */
  public static final String DIRECTORY = "evaluation";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MEASURES = List.of("flagged_share", "recall", "precision",
      "specificity", "false_positive_rate");

  private EvaluationSection() {}

  /**
   * Returns the section for the report of {@code screenOutput}, or an empty string when it holds
   * no {@code evaluation/evaluation.json}.
   */
  public static String render(Path screenOutput) throws IOException {
    Path file = screenOutput.resolve(DIRECTORY).resolve("evaluation.json");
    if (!Files.isRegularFile(file)) {
      return "";
    }
    JsonNode evaluation;
    try {
      evaluation = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (broken at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new FileSystemException(file.toString(), null, "is not an evaluation.json that "
          + "mtss evaluate wrote" + where + "; evaluate again");
    }
    StringBuilder html = new StringBuilder("<section id=\"evaluation\"><h2>Does the screening "
        + "find the students who need help?</h2>\n<p>");
    html.append(evaluation.path("students").asInt()).append(" students checked against ")
        .append(escape(evaluation.path("outcome").asText())).append(". Recall: the share of "
            + "students with the outcome that were flagged; precision: the share of flagged "
            + "students with the outcome; in brackets, 95 % Wilson intervals. The logistic "
            + "regression is a yardstick flagging the same number of students, never a tier "
            + "input; its AUC is ").append(number(evaluation.at("/yardstick/auc")))
        .append(" (the tier as a score: ").append(number(evaluation.at("/yardstick/tier_auc")))
        .append(").</p>\n");
    table(html, evaluation.path("rows"), "Overall", List.of("all", "logistic_regression"));
    table(html, evaluation.path("rows"), "Per indicator domain", List.of("domain"));
    equity(html, evaluation.path("rows"));
    calibration(html, evaluation.path("calibration"));
    return html.append("<script type=\"application/json\" id=\"evaluation-data\">")
        .append(Html.json(evaluation)).append("</script></section>\n")
        .toString();
  }

  private static void table(StringBuilder html, JsonNode rows, String title,
      List<String> scopes) {
    html.append("<h3>").append(title).append("</h3><table><tr><th>scope</th><th>value</th>"
        + "<th>flag</th><th>n</th>");
    MEASURES.forEach(m -> html.append("<th>").append(m.replace('_', ' ')).append("</th>"));
    html.append("<th>lift</th></tr>");
    for (JsonNode row : rows) {
      if (scopes.contains(row.path("scope").asText())) {
        html.append("<tr><td>").append(escape(row.path("scope").asText())).append("</td><td>")
            .append(escape(row.path("value").asText())).append("</td><td>")
            .append(escape(row.path("flag").asText())).append("</td><td>")
            .append(row.path("n").asLong()).append("</td>");
        MEASURES.forEach(m -> html.append("<td>").append(estimate(row.path(m))).append("</td>"));
        html.append("<td>").append(number(row.path("lift"))).append("</td></tr>");
      }
    }
    html.append("</table>\n");
  }

  private static void equity(StringBuilder html, JsonNode rows) {
    html.append("<h3>Equity subgroups (Tier &ge; 2)</h3><p>Each subgroup against the rest of "
        + "the students with a known value; a shaded row has a ratio whose 95 % interval "
        + "excludes parity (1).</p><table><tr><th>column</th><th>group</th><th>n</th>"
        + "<th>base rate</th><th>recall</th><th>false-positive rate</th><th>precision</th>"
        + "<th>recall ratio</th><th>false-positive ratio</th><th>precision ratio</th></tr>");
    for (JsonNode row : rows) {
      String scope = row.path("scope").asText();
      if (scope.startsWith("equity:") && row.path("flag").asText().equals("tier>=2")) {
        JsonNode parity = row.path("parity");
        html.append(parity.path("flagged").asBoolean() ? "<tr class=\"flag\">" : "<tr>")
            .append("<td>").append(escape(scope.substring("equity:".length())))
            .append("</td><td>").append(escape(row.path("value").asText())).append("</td><td>")
            .append(row.path("n").asLong()).append("</td>");
        for (String m : List.of("base_rate", "recall", "false_positive_rate", "precision")) {
          html.append("<td>").append(estimate(row.path(m))).append("</td>");
        }
        for (String r : List.of("recall_ratio", "false_positive_rate_ratio", "precision_ratio")) {
          html.append("<td>").append(ratio(parity.path(r))).append("</td>");
        }
        html.append("</tr>");
      }
    }
    html.append("</table>\n");
  }

  private static void calibration(StringBuilder html, JsonNode calibration) {
    if (!calibration.isObject()) {
      return;
    }
    html.append("<h3>Calibration</h3><p>").append(escape(calibration.path("target").asText()
        + " " + calibration.path("bound").asText() + " for " + calibration.path("flag")
        .asText())).append("; changed cut-points:");
    calibration.path("changes").fields().forEachRemaining(change -> html.append(" ")
        .append(escape(change.getKey() + " " + change.getValue().path("before").asText()
            + " \u2192 " + change.getValue().path("after").asText())).append(";"));
    html.append(" held-out rows are students the search did not see.</p><table><tr>"
        + "<th>fold</th><th>set</th><th>recall before</th><th>recall after</th>"
        + "<th>flagged share before</th><th>flagged share after</th></tr>");
    for (JsonNode line : calibration.path("table")) {
      html.append("<tr><td>").append(line.path("fold").asInt() == 0 ? "all"
              : String.valueOf(line.path("fold").asInt())).append("</td><td>")
          .append(escape(line.path("set").asText())).append("</td><td>")
          .append(estimate(line.at("/before/recall"))).append("</td><td>")
          .append(estimate(line.at("/after/recall"))).append("</td><td>")
          .append(estimate(line.at("/before/flagged_share"))).append("</td><td>")
          .append(estimate(line.at("/after/flagged_share"))).append("</td></tr>");
    }
    html.append("</table>\n");
  }

  private static String estimate(JsonNode e) {
    return e.isObject() ? number(e.path("value")) + " (" + number(e.path("low")) + "-"
        + number(e.path("high")) + ")" : "n/a";
  }

  private static String ratio(JsonNode r) {
    return r.isObject() ? number(r.path("ratio")) + " (" + number(r.path("low")) + "-"
        + number(r.path("high")) + ")" : "n/a";
  }

  private static String number(JsonNode value) {
    return value.isNumber() ? String.format(Locale.ROOT, "%.3f", value.asDouble()) : "n/a";
  }
}
