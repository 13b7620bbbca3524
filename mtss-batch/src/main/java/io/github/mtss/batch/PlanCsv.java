package io.github.mtss.batch;

import io.github.mtss.core.Intervention;
import io.github.mtss.core.InterventionDomain;
import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.Problem;
import io.github.mtss.core.progress.ProgressPoint;
import io.github.mtss.core.Tier;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the progress-monitoring files (see docs/progress.md): {@code interventions.csv} (the
 * catalogue), {@code plans.csv} and {@code progress.csv}, with the same per-row rejects as
 * students.csv. Dates are ISO 8601 ({@code 2026-09-15}).
 */
public final class PlanCsv {
  private PlanCsv() {}

  /** Reads an intervention catalogue. */
  public static CsvInput.Result<Intervention> readCatalogue(String fileName, InputStream in)
      throws InputFileException {
    Set<String> ids = new HashSet<>();
    return new CsvInput<Intervention>(fileName, "intervention_id", List.of("intervention_id",
        "name", "domain", "tiers", "evidence_level"), row -> {
          Intervention.Builder intervention = Intervention.builder()
              .id(row.required("intervention_id"))
              .name(row.required("name"))
              .provider(row.text("provider") == null ? "school" : row.text("provider"));
          InterventionDomain domain = row.parse("domain", "not an intervention domain",
              InterventionDomain::parse);
          List<Tier> tiers = row.list("tiers", text -> Tier.of(Integer.parseInt(text)));
          Integer evidence = row.integer("evidence_level");
          Integer minutes = row.integer("minutes_per_week");
          Integer weeks = row.integer("duration_weeks");
          Integer monitoring = row.integer("monitoring_weeks");
          if (!row.problems().isEmpty() || domain == null || evidence == null || tiers.isEmpty()) {
            row.required("tiers");
            return null;
          }
          return unique(row, ids, "intervention_id", checked(row, () -> intervention
              .domain(domain).tiers(EnumSet.copyOf(tiers)).evidenceLevel(evidence)
              .minutesPerWeek(minutes == null ? 0 : minutes)
              .durationWeeks(weeks == null ? 8 : weeks)
              .monitoringWeeks(monitoring == null ? 2 : monitoring).build()));
        }).read(in);
  }

  /** Reads plans. */
  public static CsvInput.Result<Plan> readPlans(String fileName, InputStream in)
      throws InputFileException {
    Set<String> ids = new HashSet<>();
    return new CsvInput<Plan>(fileName, "plan_id", List.of("plan_id", "student_id",
        "intervention_id", "tier", "start_date", "review_date", "baseline", "target",
        "target_date"), row -> {
          Plan.Builder plan = Plan.builder()
              .id(row.required("plan_id"))
              .studentId(row.required("student_id"))
              .interventionId(row.required("intervention_id"))
              .owner(row.text("owner") == null ? "" : row.text("owner"))
              .metric(row.text("goal_metric") == null ? "" : row.text("goal_metric"));
          Tier tier = row.parse("tier", "not a tier (1, 2 or 3)",
              text -> Tier.of(Integer.parseInt(text)));
          LocalDate start = requiredDate(row, "start_date");
          LocalDate review = requiredDate(row, "review_date");
          LocalDate targetDate = requiredDate(row, "target_date");
          Double baseline = row.number("baseline");
          Double target = row.number("target");
          if (!row.problems().isEmpty() || tier == null || start == null || review == null
              || targetDate == null || baseline == null || target == null) {
            return null;
          }
          return unique(row, ids, "plan_id", checked(row, () -> plan.tier(tier).start(start)
              .reviewDate(review).targetDate(targetDate).baseline(baseline).target(target)
              .build()));
        }).read(in);
  }

  /** Reads progress points. */
  public static CsvInput.Result<ProgressPoint> readProgress(String fileName, InputStream in)
      throws InputFileException {
    return new CsvInput<ProgressPoint>(fileName, "plan_id", List.of("plan_id", "date", "value"),
        row -> {
          String plan = row.required("plan_id");
          LocalDate day = requiredDate(row, "date");
          Double value = row.number("value");
          if (value == null) {
            row.required("value");
          }
          return row.problems().isEmpty() && day != null && value != null
              ? ProgressPoint.of(plan, day, value) : null;
        }).read(in);
  }

  /** Returns an optional date cell, or null (with a problem when it is not a date). */
  static @Nullable LocalDate date(CsvRow row, String column) {
    return row.parse(column, "not a date (YYYY-MM-DD)", text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(text, e);
      }
    });
  }

  /** Returns a required date cell, or null with a problem when it is empty or not a date. */
  static @Nullable LocalDate requiredDate(CsvRow row, String column) {
    LocalDate day = date(row, column);
    if (day == null && row.text(column) == null) {
      row.required(column);
    }
    return day;
  }

  /** Builds a value, turning a broken invariant into a problem of the row. */
  static <T> @Nullable T checked(CsvRow row, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      row.addProblem(Problem.of("", null, e.getMessage()));
      return null;
    }
  }

  private static <T> @Nullable T unique(CsvRow row, Set<String> ids, String column,
      @Nullable T value) {
    String id = row.text(column);
    if (value != null && !ids.add(id)) {
      row.addProblem(Problem.of(column, id, "duplicate id; the first row with this id is kept"));
    }
    return value;
  }
}
