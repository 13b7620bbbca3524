package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mtss.rules.PolicyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The top of the report: when the screen ran, how many rows were screened and rejected, the
 * share of students in each tier, the rule set, and every policy key that differs from its
 * default.
 */
public final class Overview implements ReportSection {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final String REJECTS = "rejects.csv";

  @Override
  public Optional<Part> render(ReportRun run) throws IOException {
    JsonNode summary = run.summary();
    long screened = summary.at("/input/rows_screened").asLong();
    StringBuilder html = new StringBuilder("<header id=\"overview\"><h1>MTSS screening report"
        + "</h1><p class=\"meta\">").append(Html.escape("Screened " + when(run) + " from "
            + summary.at("/input/students_file").asText() + " with rule set "
            + summary.at("/rule_set/version").asText() + ruleChanges(summary) + "."))
        .append("</p><dl class=\"tiles\">");
    tile(html, "Students screened", Html.count(screened));
    JsonNode tiers = summary.path("tiers");
    long tier23 = tiers.path("2").asLong() + tiers.path("3").asLong();
    for (int tier = 1; tier <= 3; tier++) {
      tile(html, "Tier " + tier, Html.share(Html.shareOf(tiers.path("" + tier).asLong(),
          screened)));
    }
    tile(html, "Tiers 2-3", Html.share(Html.shareOf(tier23, screened)));
    Map<String, Long> rejected = rejectedRows(run);
    long rejectedTotal = rejected.values().stream().mapToLong(Long::longValue).sum();
    tile(html, "Rows rejected", Html.count(rejectedTotal));
    html.append("</dl>");
    if (rejectedTotal > 0) {
      html.append(Html.paragraph(rejectedTotal + " input row(s) were not screened or not used ("
          + byFile(rejected) + "); rejects.csv says why, at each row's line."));
    }
    return Optional.of(Part.of(html.append(policyChanges(summary.path("policy")))
        .append("</header>\n").toString()));
  }

  private static void tile(StringBuilder html, String label, String value) {
    html.append("<div><dt>").append(Html.escape(label)).append("</dt><dd>")
        .append(Html.escape(value)).append("</dd></div>");
  }

  /** Returns when summary.json was written: as it records it, else the file's time. */
  private static String when(ReportRun run) throws IOException {
    JsonNode written = run.summary().at("/run/written_at");
    Instant instant = written.isTextual() ? Instant.parse(written.asText())
        : Files.getLastModifiedTime(run.directory().resolve("summary.json")).toInstant();
    return WHEN.format(instant);
  }

  private static String ruleChanges(JsonNode summary) {
    int replaced = summary.at("/rule_set/replaced").size();
    int disabled = summary.at("/rule_set/disabled").size();
    return replaced + disabled == 0 ? " (the default rules)"
        : " (" + replaced + " default rule(s) replaced, " + disabled + " disabled)";
  }

  /** Counts the distinct rows of each input file in rejects.csv (one per problem, in order). */
  private static Map<String, Long> rejectedRows(ReportRun run) throws IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    if (!run.has(REJECTS)) {
      return rows;
    }
    String[] previous = {"", ""};
    run.rows(REJECTS, row -> {
      if (!row.get("file").equals(previous[0]) || !row.get("line").equals(previous[1])) {
        rows.merge(row.get("file"), 1L, Long::sum);
        previous[0] = row.get("file");
        previous[1] = row.get("line");
      }
    });
    return rows;
  }

  private static String byFile(Map<String, Long> rejected) {
    StringBuilder text = new StringBuilder();
    rejected.forEach((file, rows) -> text.append(text.isEmpty() ? "" : ", ").append(rows)
        .append(" of ").append(file));
    return text.toString();
  }

  private static String policyChanges(JsonNode policy) {
    Map<String, Object> defaults = PolicyFiles.keys();
    Html.Table table = new Html.Table("policy key", "default", "this run");
    int changed = 0;
    for (Map.Entry<String, Object> key : defaults.entrySet()) {
      JsonNode value = policy.path(key.getKey());
      if (!value.isMissingNode() && !sameValue(key.getValue(), value)) {
        table.row(false).text(key.getKey()).number(String.valueOf(key.getValue()))
            .number(value.asText());
        changed++;
      }
    }
    return "<h2>Policy changes from the defaults</h2>" + (changed == 0
        ? Html.paragraph("None: every policy key has its default value.") : table.html());
  }

  private static boolean sameValue(Object defaultValue, JsonNode value) {
    return defaultValue instanceof Number number ? value.isNumber()
        && number.doubleValue() == value.asDouble()
        : Objects.equals(defaultValue.toString(), value.asText());
  }
}
