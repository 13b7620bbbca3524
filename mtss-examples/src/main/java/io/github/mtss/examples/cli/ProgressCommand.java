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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
        "File columns: docs/progress.md."})
final class ProgressCommand implements Callable<Integer> {
  @Option(names = "--plans", required = true, paramLabel = "FILE", description = "plans.csv")
  private Path plans;

  @Option(names = "--progress", required = true, paramLabel = "FILE",
      description = "progress.csv: plan_id, date, value")
  private Path progress;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "interventions.csv; plans naming an intervention not in it are rejected")
  private @Nullable Path catalogue;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Day of the review; default today.")
  private @Nullable LocalDate asOf;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
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
    List<Plan> planList = known(planRows, Plan::interventionId, interventionIds(rejects),
        "intervention_id", "no such intervention in the catalogue", rejects);
    CsvInput.Result<ProgressPoint> pointRows = InputFiles.read(progress, PlanCsv::readProgress);
    rejects.addAll(pointRows.rejects());
    List<ProgressPoint> points = known(pointRows, ProgressPoint::planId,
        planList.stream().map(Plan::id).collect(Collectors.toSet()), "plan_id",
        "no such plan in the plans file", rejects);
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

  /** Keeps the rows whose reference is known (all when {@code known} is null), rejecting others. */
  private static <T> List<T> known(CsvInput.Result<T> read, Function<T, String> reference,
      @Nullable Set<String> known, String column, String problem, List<RejectedRow> rejects) {
    List<T> kept = new ArrayList<>();
    for (CsvInput.Row<T> row : read.rows()) {
      String id = reference.apply(row.value());
      if (known == null || known.contains(id)) {
        kept.add(row.value());
      } else {
        rejects.add(new RejectedRow(row.line(), "", column, Problem.of(column, id, problem)
            .toString(), read.fileName()));
      }
    }
    return kept;
  }
}
