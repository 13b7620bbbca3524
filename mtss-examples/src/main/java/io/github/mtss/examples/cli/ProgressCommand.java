package io.github.mtss.examples.cli;

import io.github.mtss.core.Intervention;
import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.Problem;
import io.github.mtss.core.progress.ProgressPoint;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.InputFiles;
import io.github.mtss.batch.PlanCsv;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.examples.progress.ProgressOutputs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mtss progress}: reviews intervention plans against their progress points. */
@Command(name = "progress", mixinStandardHelpOptions = true,
    description = {"Reviews every plan with the progress rules (four-point rule, trend rule, dual "
        + "discrepancy, minimum weeks and points) and writes decisions.csv, review.csv (plans due "
        + "for review), rejects.csv and charts.html into the output directory, all or none.",
        "File columns: docs/progress.md."},
    footer = {"  mtss progress --plans plans.csv --progress progress.csv --out review",
        "  mtss progress --plans plans.csv --progress progress.csv \\",
        "      --catalogue interventions.csv --as-of 2025-02-14 --out review"})
final class ProgressCommand implements Callable<Integer> {
  @Option(names = "--plans", required = true, paramLabel = "FILE", description = "plans.csv: one intervention plan per row (student, intervention, "
          + "goal's baseline, target and dates; columns in docs/progress.md).")
  private Path plans;

  @Option(names = "--progress", required = true, paramLabel = "FILE",
      description = "progress.csv: the dated progress points of the plans (plan_id, date, "
          + "value).")
  private Path progress;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "interventions.csv: the intervention catalogue; a plan naming an "
          + "intervention not in it is rejected.")
  private @Nullable Path catalogue;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Day of the review (YYYY-MM-DD); default today.")
  private @Nullable LocalDate asOf;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory for decisions.csv, review.csv, rejects.csv and charts.html, "
          + "replaced whole.")
  private Path out;

  @Mixin
  private EngineOptions engineOptions;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InputFileException, IOException {
    var engine = engineOptions.engine();
    LocalDate day = asOf == null ? LocalDate.now(ZoneId.systemDefault()) : asOf;
    List<RejectedRow> rejects = new ArrayList<>();
    CsvInput.Result<Plan> planRows = InputFiles.read(plans, PlanCsv::readPlans);
    rejects.addAll(planRows.rejects());
    List<Plan> planList = knownInterventions(planRows, interventionIds(rejects), rejects);
    CsvInput.Result<ProgressPoint> pointRows = InputFiles.read(progress, PlanCsv::readProgress);
    rejects.addAll(pointRows.rejects());
    List<ProgressPoint> points = usable(pointRows,
        planList.stream().collect(Collectors.toMap(Plan::id, plan -> plan)), day, rejects);
    List<PlanDecision> decisions = engine.review(planList, points, day);
    rejects.sort(Comparator.comparing(RejectedRow::file).thenComparing(RejectedRow.IN_FILE_ORDER));
    ProgressOutputs.write(out, decisions, points, rejects, day);
    Map<String, Long> counts = decisions.stream().collect(Collectors.groupingBy(
        d -> d.outcome().id(), java.util.TreeMap::new, Collectors.counting()));
    spec.commandLine().getOut().printf("reviewed %d plans as of %s: %s; wrote %s%n",
        decisions.size(), day, counts, out);
    return rejects.isEmpty() ? 0 : MtssCommand.ROWS_REJECTED;
  }

  private @Nullable Set<String> interventionIds(List<RejectedRow> rejects)
      throws InputFileException {
    if (catalogue == null) {
      return null;
    }
    CsvInput.Result<Intervention> read = InputFiles.read(catalogue, PlanCsv::readCatalogue);
    rejects.addAll(read.rejects());
    return read.rows().stream().map(r -> r.value().id()).collect(Collectors.toSet());
  }

  /** Keeps the plans whose intervention is known (all when {@code known} is null). */
  private static List<Plan> knownInterventions(CsvInput.Result<Plan> read,
      @Nullable Set<String> known, List<RejectedRow> rejects) {
    List<Plan> kept = new ArrayList<>();
    for (CsvInput.Row<Plan> row : read.rows()) {
      Plan plan = row.value();
      if (known == null || known.contains(plan.interventionId())) {
        kept.add(plan);
      } else {
        rejects.add(RejectedRow.of(row.line(), plan.studentId(), plan.id(),
            Problem.of("intervention_id", plan.interventionId(),
                "no such intervention in the catalogue"), read.fileName()));
      }
    }
    return kept;
  }

  /**
   * Keeps the points a review uses: of a known plan, from its start to the day of the review,
   * the first of a plan's points on one day; rejects the others, saying why.
   */
  private static List<ProgressPoint> usable(CsvInput.Result<ProgressPoint> read,
      Map<String, Plan> plans, LocalDate day, List<RejectedRow> rejects) {
    List<ProgressPoint> kept = new ArrayList<>();
    Map<String, Long> firstOfDay = new HashMap<>();
    for (CsvInput.Row<ProgressPoint> row : read.rows()) {
      ProgressPoint point = row.value();
      Plan plan = plans.get(point.planId());
      Problem problem = unusable(point, plan, day);
      if (problem == null) {
        Long first = firstOfDay.putIfAbsent(point.planId() + " " + point.date(), row.line());
        problem = first == null ? null : Problem.of("date", point.date().toString(),
            "a second point of this plan on this day; the point on line " + first + " is used");
      }
      if (problem == null) {
        kept.add(point);
      } else {
        rejects.add(RejectedRow.of(row.line(), plan == null ? "" : plan.studentId(),
            point.planId(), problem, read.fileName()));
      }
    }
    return kept;
  }

  /** Why a review cannot use a point, or null when it can. */
  private static @Nullable Problem unusable(ProgressPoint point, @Nullable Plan plan,
      LocalDate day) {
    String date = point.date().toString();
    if (plan == null) {
      return Problem.of("plan_id", point.planId(), "no such plan in the plans file");
    }
    if (point.date().isAfter(day)) {
      return Problem.of("date", date, "after the day of the review (" + day + "); not used");
    }
    if (point.date().isBefore(plan.start())) {
      return Problem.of("date", date, "before the plan starts (" + plan.start() + "); not used");
    }
    return null;
  }
}
