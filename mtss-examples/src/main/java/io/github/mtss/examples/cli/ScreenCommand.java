package io.github.mtss.examples.cli;

import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.Service;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierOverride;
import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.InputFiles;
import io.github.mtss.batch.PartnerCsv;
import io.github.mtss.batch.PlanCsv;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.StudentSource;
import io.github.mtss.batch.TierRecordsCsv;
import io.github.mtss.batch.TierRecords;
import io.github.mtss.batch.ScreeningRun;
import io.github.mtss.examples.io.TerminalProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

/** {@code mtss screen}: screens a students file and writes tiers, rejects and a summary. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Screens every student of a students.csv file and writes tiers.csv (tier, "
        + "levels and reasons), family.csv (family engagement plan), tier_history.csv (every "
        + "placement change), rejects.csv and summary.json into the output directory, all or "
        + "none; with --partners also recommendations.csv and unmet.csv.",
        "Every input row ends in exactly one of tiers.csv or rejects.csv. Columns of every "
        + "file: docs/formats.md."},
    footer = {"  mtss screen --students students.csv --out screened",
        "  mtss screen --students students.csv --partners partners.csv --out screened",
        "      also matches needs to partner services and allocates their seats",
        "  mtss screen --students students.csv --as-of 2025-01-31 \\",
        "      --history december/tier_history.csv --out january",
        "      carries the tier history of December's screen forward"})
final class ScreenCommand implements Callable<Integer> {
  @Option(names = "--students", required = true, paramLabel = "FILE",
      description = "students.csv: one row per student (student_id, school_id, grade_level, "
          + "then the year-to-date measures; columns in docs/formats.md).")
  private Path students;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory, replaced whole: new, empty, or one an earlier screen "
          + "wrote (see docs/formats.md); no input may be in it.")
  private Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "${sys:mtss.threads:-0}",
      description = "Screening threads; 0 (default) uses every available processor.")
  private int threads;

  @Option(names = "--partners", paramLabel = "FILE",
      description = "partners.csv: community partners' services; adds recommendations.csv and "
          + "unmet.csv (optimal allocation of their seats). An empty languages cell means any "
          + "language and an empty schools cell every school, as * does (docs/formats.md).")
  private @Nullable Path partners;

  @Option(names = "--overrides", paramLabel = "FILE",
      description = "overrides.csv: people's tier decisions (student_id, tier, decided_by, "
          + "decided_on, reason, expires), respected while in force.")
  private @Nullable Path overrides;

  @Option(names = "--plans", paramLabel = "FILE",
      description = "plans.csv: a student with a plan running on the day of the screen stays in "
          + "the plan's tier; a different screened tier is reported, not applied.")
  private @Nullable Path plans;

  @Option(names = "--history", paramLabel = "FILE",
      description = "tier_history.csv from an earlier screen; this screen's placements are "
          + "added to it and the whole history is written to the output directory.")
  private @Nullable Path history;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Day of the screen (YYYY-MM-DD) for overrides and history; default today.")
  private @Nullable LocalDate asOf;

  @Option(names = "--equity-columns", paramLabel = "COLUMNS", split = ",",
      description = "Demographic columns for the disproportionality report (comma-separated); "
          + "default: race_ethnicity, race, ethnicity, sex, gender, ell, frl, income, iep, "
          + "disability. Rules never read them.")
  private List<String> equityColumns = BatchScreen.DEFAULT_EQUITY_COLUMNS;

  @Mixin
  private EngineOptions engineOptions;

  @Mixin
  private XlsxOptions xlsx;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Mixin
  private ScreenEdFiOptions edFi;

  @Override
  public Integer call() throws IOException, InputFileException {
    xlsx.check(out);
    return edFi.write(screen(), out, plans, asOf, spec.commandLine());
  }

  private int screen() throws IOException, InputFileException {
    if (threads < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be 0 (all processors) or more, was " + threads);
    }
    int threadCount = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    List<RejectedRow> partnerRejects = new ArrayList<>();
    CsvInput.Result<Service> partnerRows = partners == null
        ? new CsvInput.Result<>(List.of(), List.of(), 0, "")
        : InputFiles.read(partners, PartnerCsv::read);
    List<Service> services = values(partnerRows, partnerRejects);
    var engine = engineOptions.engine(services);
    TierRecords records = tierRecords(partnerRejects);
    ScreeningRun run;
    try (TerminalProgress progress = BatchOptions.progress(students, !services.isEmpty())) {
      run = BatchOptions.screen(engine).records(records).equityColumns(equityColumns)
          .threads(threadCount).progress(progress).build().screen(StudentSource.csv(students), out);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("screened %d of %d rows (%s) in %d ms with rule set %s; wrote %s%n",
        run.rowsScreened(), run.rowsRead(), rejected(run), run.elapsedMillis(),
        engine.ruleSet().version(), out);
    warnOfUnknownSchools(partnerRows, run.summary().tiersBySchool().keySet());
    xlsx.write(out);
    if (!run.rejects().isEmpty()) {
      RejectedRow first = run.rejects().get(0);
      spec.commandLine().getErr().printf("%d problem(s) in input rows, see rejects.csv; first: "
          + "%s:%d: %s%n", run.rejects().size(), first.file(), first.line(), first.problem());
      return MtssCommand.ROWS_REJECTED;
    }
    return 0;
  }

  /** Warns of each school a service names that no screened student attends: never served. */
  private void warnOfUnknownSchools(CsvInput.Result<Service> partnerRows, Set<String> schools) {
    for (CsvInput.Row<Service> row : partnerRows.rows()) {
      Service service = row.value();
      service.schools().stream().filter(school -> !service.allSchools()
          && !schools.contains(school)).forEach(school -> spec.commandLine().getErr().printf(
              "%s:%d: warning: schools='%s': no student of %s is at this school, so service %s "
                  + "is never offered there%n", partnerRows.fileName(), row.line(), school,
              students, service.id()));
    }
  }

  /**
   * Counts every rejected row: {@code 2 rejected}, or with rows of other files
   * {@code 3 rejected: 0 of students.csv, 3 of partners.csv}.
   */
  private static String rejected(ScreeningRun run) {
    Map<String, Long> byFile = run.rowsRejectedByFile();
    long total = byFile.values().stream().mapToLong(Long::longValue).sum();
    return byFile.size() == 1 ? total + " rejected" : total + " rejected: "
        + byFile.entrySet().stream().map(e -> e.getValue() + " of " + e.getKey())
            .collect(Collectors.joining(", "));
  }

  private TierRecords tierRecords(List<RejectedRow> rejects) throws InputFileException {
    LocalDate day = asOf == null ? LocalDate.now(ZoneId.systemDefault()) : asOf;
    CsvInput.Result<TierOverride> overrideRows = overrides == null
        ? new CsvInput.Result<>(List.of(), List.of(), 0, "")
        : InputFiles.read(overrides, TierRecordsCsv::readOverrides);
    rejects.addAll(overrideRows.rejects());
    List<TierHistoryEntry> historyList = List.of();
    if (history != null) {
      historyList = values(InputFiles.read(history, TierRecordsCsv::readHistory), rejects);
    }
    Map<String, Tier> planTiers = new HashMap<>();
    if (plans != null) {
      for (Plan plan : values(InputFiles.read(plans, PlanCsv::readPlans), rejects)) {
        if (!day.isBefore(plan.start()) && !day.isAfter(plan.targetDate())) {
          planTiers.merge(plan.studentId(), plan.tier(), Tier::max);
        }
      }
    }
    return TierRecords.of(overrideRows, historyList, planTiers, day, rejects);
  }

  private static <T> List<T> values(CsvInput.Result<T> read, List<RejectedRow> rejects) {
    rejects.addAll(read.rejects());
    return read.rows().stream().map(CsvInput.Row::value).toList();
  }
}
