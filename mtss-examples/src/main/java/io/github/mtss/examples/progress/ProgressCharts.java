package io.github.mtss.examples.progress;

import com.google.common.html.HtmlEscapers;
import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.progress.ProgressPoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page with an SVG chart per plan: the measured points, the aimline from
 * baseline to target, and the least-squares trend line over the points the trend rule used.
 */
final class ProgressCharts {
  private static final int WIDTH = 560;
  private static final int HEIGHT = 240;
  private static final int MARGIN = 40;

  private ProgressCharts() {}

  static String page(List<PlanDecision> decisions, Map<String, List<ProgressPoint>> points,
      LocalDate asOf) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><title>Progress monitoring</title><style>"
        + "body{font-family:sans-serif;margin:2em}section{margin-bottom:2em}"
        + ".aim{stroke:#2b7a0b;stroke-dasharray:6 4}.trend{stroke:#c0392b}"
        + ".pt{fill:#1f4e9c}text{font-size:11px}</style></head><body>\n<h1>Progress monitoring "
        + "as of " + asOf + "</h1>\n<p>Dots: measurements. Dashed green: aimline from baseline to "
        + "target. Red: least-squares trend.</p>\n");
    for (PlanDecision decision : decisions) {
      Plan plan = decision.review().plan();
      html.append("<section><h2>").append(escape(plan.studentId())).append(" &middot; plan ")
          .append(escape(plan.id())).append(" &middot; ").append(escape(plan.metric()))
          .append("</h2><p>Decision: <b>").append(decision.outcome().id()).append("</b> (")
          .append(escape(String.join("; ", decision.reasons()))).append(")</p>\n")
          .append(chart(decision, points.getOrDefault(plan.id(), List.of()))).append("</section>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String chart(PlanDecision decision, List<ProgressPoint> points) {
    Plan plan = decision.review().plan();
    List<ProgressPoint> sorted = points.stream()
        .filter(p -> !p.date().isBefore(plan.start()) && !p.date().isAfter(decision.review().asOf()))
        .sorted(Comparator.comparing(ProgressPoint::date)).toList();
    double maxWeek = Math.max(weeks(plan.start(), plan.targetDate()),
        sorted.isEmpty() ? 1 : weeks(plan.start(), sorted.get(sorted.size() - 1).date()));
    double low = Math.min(plan.baseline(), plan.target());
    double high = Math.max(plan.baseline(), plan.target());
    for (ProgressPoint p : sorted) {
      low = Math.min(low, p.value());
      high = Math.max(high, p.value());
    }
    Scale scale = new Scale(maxWeek, low, high == low ? low + 1 : high);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">",
        WIDTH, HEIGHT));
    svg.append(axes(scale, plan));
    svg.append(line("aim", scale, 0, plan.baseline(), maxWeek,
        plan.baseline() + decision.review().aimSlope() * maxWeek));
    double slope = decision.review().slope();
    List<ProgressPoint> trend = sorted.subList(Math.max(0, sorted.size()
        - decision.review().trendPoints()), sorted.size());
    if (!Double.isNaN(slope) && trend.size() >= 2) {
      double meanX = trend.stream().mapToDouble(p -> weeks(plan.start(), p.date()))
          .average().orElse(0);
      double meanY = trend.stream().mapToDouble(ProgressPoint::value).average().orElse(0);
      double from = weeks(plan.start(), trend.get(0).date());
      double to = weeks(plan.start(), trend.get(trend.size() - 1).date());
      svg.append(line("trend", scale, from, meanY + slope * (from - meanX), to,
          meanY + slope * (to - meanX)));
    }
    for (ProgressPoint p : sorted) {
      svg.append(String.format(Locale.ROOT, "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\">"
          + "<title>%s: %s</title></circle>", scale.x(weeks(plan.start(), p.date())),
          scale.y(p.value()), p.date(), p.value()));
    }
    return svg.append("</svg>").toString();
  }

  private static String axes(Scale scale, Plan plan) {
    return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
        + "stroke=\"#555\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>"
        + "<text x=\"%d\" y=\"%d\">weeks since %s</text><text x=\"4\" y=\"%d\">%.0f</text>"
        + "<text x=\"4\" y=\"%d\">%.0f</text>", MARGIN, HEIGHT - MARGIN, WIDTH - 10,
        HEIGHT - MARGIN, MARGIN, 10, MARGIN, HEIGHT - MARGIN, WIDTH / 2 - 60, HEIGHT - 12,
        plan.start(), HEIGHT - MARGIN, scale.low(), 18, scale.high());
  }

  private static String line(String css, Scale scale, double x1, double y1, double x2,
      double y2) {
    return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
        + "y2=\"%.1f\" stroke-width=\"2\"/>", css, scale.x(x1), scale.y(y1), scale.x(x2),
        scale.y(y2));
  }

  private static double weeks(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / 7.0;
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  /** Maps weeks and values to pixels. */
  private record Scale(double maxWeek, double low, double high) {
    double x(double week) {
      return MARGIN + week / maxWeek * (WIDTH - MARGIN - 20);
    }

    double y(double value) {
      return HEIGHT - MARGIN - (value - low) / (high - low) * (HEIGHT - MARGIN - 20);
    }
  }
}
