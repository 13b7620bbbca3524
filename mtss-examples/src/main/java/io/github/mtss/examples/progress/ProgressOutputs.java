package io.github.mtss.examples.progress;

import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.progress.PlanReview;
import io.github.mtss.core.progress.ProgressPoint;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.batch.RejectedRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the files of a plan review into an output directory, all or none: decisions.csv,
 * review.csv (plans due for review), rejects.csv and charts.html.
 */
public final class ProgressOutputs {
  private ProgressOutputs() {}

  /** Writes every output of the review. */
  public static void write(Path directory, List<PlanDecision> decisions,
      List<ProgressPoint> points, List<RejectedRow> rejects, LocalDate asOf) throws IOException {
    try (OutputDirectory out = OutputDirectory.open(directory,
        List.of("decisions.csv", "review.csv", "rejects.csv", "charts.html"))) {
      try (CsvOutput csv = CsvOutput.create(out.file("decisions.csv"), "student_id", "plan_id",
          "decision", "reason", "slope", "aim_slope", "points_used", "latest_value",
          "review_due")) {
        for (PlanDecision d : decisions) {
          PlanReview r = d.review();
          csv.row(r.studentId(), r.plan().id(), d.outcome().id(), CsvOutput.list(d.reasons()),
              number(r.slope()), number(r.aimSlope()), r.points(), number(r.latestValue()),
              r.reviewDue());
        }
      }
      try (CsvOutput csv = CsvOutput.create(out.file("review.csv"), "student_id", "plan_id",
          "owner", "review_date", "decision")) {
        for (PlanDecision d : decisions) {
          if (d.review().reviewDue()) {
            csv.row(d.review().studentId(), d.review().plan().id(), d.review().plan().owner(),
                d.review().plan().reviewDate(), d.outcome().id());
          }
        }
      }
      RejectedRow.write(out.file("rejects.csv"), rejects);
      Files.writeString(out.file("charts.html"), ProgressCharts.page(decisions,
          points.stream().collect(Collectors.groupingBy(ProgressPoint::planId)), asOf),
          StandardCharsets.UTF_8);
      out.commit();
    }
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
  }
}
