package io.github.mtss.examples.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.Resources;
import io.github.mtss.examples.report.Chart;
import io.github.mtss.examples.report.Disproportionality;
import io.github.mtss.examples.report.GradeTiers;
import io.github.mtss.examples.report.Html;
import io.github.mtss.examples.report.Indicators;
import io.github.mtss.examples.report.Needs;
import io.github.mtss.examples.report.Overview;
import io.github.mtss.examples.report.Partners;
import io.github.mtss.examples.report.ReportRun;
import io.github.mtss.examples.report.ReportSection;
import io.github.mtss.examples.report.ReportSettings;
import io.github.mtss.examples.report.SchoolTiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A single self-contained HTML report of a screen's output directory, with charts drawn by
 * Chart.js (MIT, inlined from its WebJar so the page works offline): an overview (date, tier
 * shares, rejected rows, policy changes), the schools that need attention, tiers per grade,
 * indicators, needs met and unmet with the partners to recruit, partner utilisation, and
 * disproportionality.
 *
 * <p>The page is a list of {@link ReportSection}s, top to bottom. A command that writes more
 * files into the directory adds its section to {@link #SECTIONS} (one line); a section returns
 * nothing when its file is absent, so the report of a plain screen is unchanged.
 *
 * <p>Every value from the files is data, never markup or code: sections write text through
 * {@link io.github.mtss.examples.report.Html} (escaped), the charts are a {@code <script
 * type="application/json">} block with {@code <}, {@code >}, {@code &} and the JavaScript line
 * separators escaped, and a Content-Security-Policy lets the page run only its own two scripts
 * (by hash), load nothing and send nothing.
 */
public final class HtmlReport {
  /** The Chart.js build inlined into the page, from the org.webjars.npm:chart.js WebJar. */
  static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
  /** The report's sections, top to bottom. */
  static final List<ReportSection> SECTIONS = List.of(new Overview(), new SchoolTiers(),
      new GradeTiers(), new Indicators(), new Needs(), new Partners(), new Disproportionality(),
      HtmlReport::evaluation, HtmlReport::partnerEvaluation);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STYLE = resource("/io/github/mtss/examples/report/report.css");

  private HtmlReport() {}

  /** The outcome evaluation that {@code mtss evaluate} wrote into the run's directory, if any. */
  private static Optional<ReportSection.Part> evaluation(ReportRun run) throws IOException {
    String html = EvaluationSection.render(run.directory());
    return html.isEmpty() ? Optional.empty() : Optional.of(ReportSection.Part.of(html));
  }

  /** The partner evaluation that {@code mtss evaluate-partners} wrote into the directory, if any. */
  private static Optional<ReportSection.Part> partnerEvaluation(ReportRun run) throws IOException {
    ObjectNode data = JSON.createObjectNode();
    String html = PartnerEvaluationSection.html(run.directory(), data);
    return html.isEmpty() ? Optional.empty() : Optional.of(ReportSection.Part.of(html
        + "<script type=\"application/json\" id=\"partner-evaluation-data\">" + Html.json(data)
        + "</script>\n"));
  }

  /** Builds the report of a screen output directory. */
  public static String build(Path in, ReportSettings settings) throws IOException {
    return build(ReportRun.open(in, settings), SECTIONS);
  }

  /** Builds a report of these sections. */
  static String build(ReportRun run, List<ReportSection> sections) throws IOException {
    StringBuilder body = new StringBuilder();
    ObjectNode charts = JSON.createObjectNode();
    for (ReportSection section : sections) {
      Optional<ReportSection.Part> part = section.render(run);
      if (part.isPresent()) {
        body.append(part.get().html());
        for (Chart chart : part.get().charts()) {
          if (charts.has(chart.id())) {
            throw new IllegalStateException("two charts with the id " + chart.id());
          }
          charts.set(chart.id(), chart.spec());
        }
      }
    }
    ObjectNode data = JSON.createObjectNode();
    data.set("charts", charts);
    String chartJs = resource(CHART_JS);
    String script = resource("/io/github/mtss/examples/report/report.js");
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + contentSecurityPolicy(STYLE, chartJs, script)
        + "<meta name=\"viewport\" content=\"width=device-width\">"
        + "<title>MTSS screening report</title><style>" + STYLE + "</style><script>" + chartJs
        + "</script></head><body>\n" + body
        + "<script type=\"application/json\" id=\"data\">" + Html.json(data)
        + "</script><script>" + script + "</script></body></html>\n";
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


  private static String resource(String name) {
    URL url = Resources.getResource(HtmlReport.class, name);
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing resource " + name, e);
    }
  }
}
