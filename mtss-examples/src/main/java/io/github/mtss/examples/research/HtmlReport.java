package io.github.mtss.examples.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.html.HtmlEscapers;
import com.google.common.io.Resources;
import io.github.mtss.batch.OutputDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A single self-contained HTML report of a screen's output directory, with charts drawn by
 * Chart.js (MIT, inlined from its WebJar so the page works offline): tiers per school and per
 * grade, the 80/15/5 check, indicator prevalence, needs met and unmet with the partners to
 * recruit, partner utilisation, and disproportionality.
 *
 * <p>Every value from the files is data, never markup or code: text is HTML-escaped, the charts'
 * numbers and names are a {@code <script type="application/json">} block with {@code <}, {@code
 * >}, {@code &} and the JavaScript line separators escaped, and a Content-Security-Policy lets the
 * page run only its own two scripts (by hash), load nothing and send nothing.
 */
public final class HtmlReport {
  /** The Chart.js build inlined into the page, from the org.webjars.npm:chart.js WebJar. */
  static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1100px}"
      + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
      + "text-align:right}th{background:#eee}.flag{background:#fde2e1}canvas{max-height:360px}";

  private HtmlReport() {}

  /**
   * Builds the report from a screen output directory.
   *
   * @param tier23Flag share of students in Tiers 2-3 above which a school is flagged
   */
  public static String build(Path in, double tier23Flag) throws IOException {
    JsonNode summary = JSON.readTree(in.resolve("summary.json").toFile());
    refuseMixedRuns(in, summary);
    ObjectNode data = JSON.createObjectNode();
    data.set("tiersBySchool", summary.get("tiers_by_school"));
    data.set("tiersByGrade", tiersByGrade(in.resolve("tiers.csv")));
    data.set("indicators", summary.get("indicators"));
    data.set("needs", summary.path("needs"));
    data.set("partners", summary.path("partner_utilisation"));
    String chartJs = chartJs();
    String script = script();
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\">").append(contentSecurityPolicy(STYLE, chartJs, script))
        .append("<title>MTSS screening report</title><style>").append(STYLE)
        .append("</style><script>").append(chartJs).append("</script></head><body>\n")
        .append("<h1>MTSS screening report</h1>\n<p>")
        .append(summary.at("/input/rows_screened").asInt()).append(" students screened from ")
        .append(escape(summary.at("/input/students_file").asText())).append(" with rule set ")
        .append(escape(summary.at("/rule_set/version").asText())).append(".</p>\n");
    section(html, "tiers-school", "Tier distribution per school", "chartTiersBySchool");
    html.append(check(summary.get("tiers_by_school"), tier23Flag));
    section(html, "tiers-grade", "Tier distribution per grade", "chartTiersByGrade");
    section(html, "indicators", "Indicator prevalence", "chartIndicators");
    if (summary.has("needs")) {
      section(html, "needs", "Needs met and unmet", "chartNeeds");
      html.append(gaps(in.resolve("unmet.csv")));
      section(html, "partners", "Partner utilisation", "chartPartners");
    }
    html.append(disproportionality(summary.path("disproportionality")));
    html.append(PartnerEvaluationSection.html(in, data));
    html.append("<script type=\"application/json\" id=\"data\">").append(jsonInHtml(data))
        .append("</script><script>").append(script).append("</script></body></html>\n");
    return html.toString();
  }

  /**
   * Refuses a directory whose files are not exactly those of the run summary.json names: a file
   * it names is missing or differs, or a CSV file is there that it does not name.
   */
  private static void refuseMixedRuns(Path in, JsonNode summary) throws IOException {
    JsonNode files = summary.at("/run/files");
    if (!files.isObject()) {
      throw new FileSystemException(in.resolve("summary.json").toString(), null,
          "names no run and its files (written by an older mtss?); screen again");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> file = it.next();
      Path path = in.resolve(file.getKey());
      var recorded = new OutputDirectory.Fingerprint(file.getValue().path("bytes").asLong(),
          file.getValue().path("crc32c").asText());
      if (!Files.isRegularFile(path) || !OutputDirectory.Fingerprint.of(path).equals(recorded)) {
        throw new FileSystemException(path.toString(), null, "missing or not the file the run "
            + "of summary.json wrote; the directory mixes runs, screen again");
      }
    }
    try (Stream<Path> listing = Files.list(in)) {
      for (Path csv : listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        if (!files.has(csv.getFileName().toString())) {
          throw new FileSystemException(csv.toString(), null, "not written by the run of "
              + "summary.json; the directory mixes runs, screen again");
        }
      }
    }
  }

  private static void section(StringBuilder html, String id, String title, String canvas) {
    html.append("<section id=\"").append(id).append("\"><h2>").append(title)
        .append("</h2><canvas id=\"").append(canvas).append("\"></canvas></section>\n");
  }

  private static String check(JsonNode bySchool, double flag) {
    StringBuilder rows = new StringBuilder();
    int flagged = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = bySchool.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> school = it.next();
      int t1 = school.getValue().path("1").asInt();
      int t2 = school.getValue().path("2").asInt();
      int t3 = school.getValue().path("3").asInt();
      int total = t1 + t2 + t3;
      double share = total == 0 ? 0 : (double) (t2 + t3) / total;
      flagged += share > flag ? 1 : 0;
      rows.append(String.format("<tr%s><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td>"
          + "<td>%.1f %%</td></tr>", share > flag ? " class=\"flag\"" : "",
          escape(school.getKey()), total, t1, t2, t3, 100 * share));
    }
    return "<section id=\"check-80-15-5\"><h2>80 / 15 / 5 check</h2><p>A school with far more "
        + "than " + Math.round(flag * 100) + " % of students in Tiers 2-3 likely has a Tier 1 (core "
        + "instruction or attendance) problem, not a student one.</p><details><summary>" + flagged
        + " of " + bySchool.size() + " schools above the line</summary><table><tr><th>school</th>"
        + "<th>students</th><th>tier 1</th><th>tier 2</th><th>tier 3</th><th>tiers 2-3</th></tr>"
        + rows + "</table></details></section>\n";
  }

  private static String gaps(Path unmet) throws IOException {
    if (!Files.exists(unmet)) {
      return "";
    }
    Map<String, int[]> byNeed = new TreeMap<>();
    Map<String, String> recruit = new TreeMap<>();
    for (CSVRecord row : records(unmet)) {
      byNeed.computeIfAbsent(row.get("need"), n -> new int[1])[0]++;
      recruit.put(row.get("need"), row.get("suggested_partner_types"));
    }
    StringBuilder table = new StringBuilder("<section id=\"gaps\"><h2>Partnership gaps</h2>"
        + "<table><tr><th>need</th><th>unmet</th><th>partner types to recruit</th></tr>");
    byNeed.forEach((need, count) -> table.append(String.format(
        "<tr><td>%s</td><td>%d</td><td>%s</td></tr>", escape(need), count[0],
        escape(recruit.get(need).replace(";", ", ")))));
    return table.append("</table></section>\n").toString();
  }

  private static String disproportionality(JsonNode rows) {
    StringBuilder table = new StringBuilder("<section id=\"disproportionality\"><h2>"
        + "Disproportionality</h2><p>Risk ratio: the subgroup's risk of the outcome divided by "
        + "everyone else's. Flagged ratios are shaded.</p>");
    if (rows.isEmpty()) {
      return table.append("<p>No demographic columns in the input.</p></section>\n").toString();
    }
    table.append("<table><tr><th>column</th><th>group</th><th>outcome</th><th>students</th>"
        + "<th>with outcome</th><th>risk ratio</th></tr>");
    for (JsonNode row : rows) {
      table.append(String.format("<tr%s><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td>"
          + "<td>%s</td></tr>", row.path("flagged").asBoolean() ? " class=\"flag\"" : "",
          escape(row.path("column").asText()), escape(row.path("group").asText()),
          escape(row.path("outcome").asText()), row.path("students").asInt(),
          row.path("with_outcome").asInt(), row.path("risk_ratio").isNull()
              ? escape("n/a: " + row.path("undefined_because").asText())
              : row.path("risk_ratio").asText()));
    }
    return table.append("</table></section>\n").toString();
  }

  private static ObjectNode tiersByGrade(Path tiers) throws IOException {
    Map<Integer, int[]> counts = new TreeMap<>();
    for (CSVRecord row : records(tiers)) {
      String grade = row.get("grade_level");
      int number = grade.equals("K") ? 0 : Integer.parseInt(grade);
      counts.computeIfAbsent(number, g -> new int[3])[Integer.parseInt(row.get("tier")) - 1]++;
    }
    ObjectNode byGrade = JSON.createObjectNode();
    counts.forEach((grade, tiers3) -> {
      ArrayNode values = byGrade.putArray(grade == 0 ? "K" : grade.toString());
      for (int count : tiers3) {
        values.add(count);
      }
    });
    return byGrade;
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return parser.getRecords();
    }
  }

  /**
   * Returns the page's Content-Security-Policy: nothing from anywhere, except the inline style
   * and scripts with exactly these texts (and the images Chart.js draws).
   */
  private static String contentSecurityPolicy(String style, String... scripts) {
    StringBuilder hashes = new StringBuilder();
    for (String script : scripts) {
      hashes.append(" ").append(sha256(script));
    }
    return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "script-src" + hashes + "; style-src " + sha256(style) + "; img-src data:; "
        + "base-uri 'none'; form-action 'none'\">";
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Returns {@code data} as JSON that cannot end the script element it is in, nor be read as
   * markup: the characters HTML gives a meaning (and U+2028/2029) as {@code \\u} escapes, which
   * JSON reads as the same characters.
   */
  private static String jsonInHtml(JsonNode data) throws IOException {
    return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  private static String chartJs() {
    return resource(CHART_JS);
  }

  private static String script() {
    return resource("/io/github/mtss/examples/report/report.js");
  }

  private static String resource(String name) {
    URL url = Resources.getResource(HtmlReport.class, name);
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing resource " + name, e);
    }
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
