package io.github.mtss.examples.cli;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.InputFiles;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.batch.evaluation.Calibration;
import io.github.mtss.batch.evaluation.CalibrationGrid;
import io.github.mtss.batch.evaluation.CalibrationTarget;
import io.github.mtss.batch.evaluation.Evaluation;
import io.github.mtss.batch.evaluation.EvaluationFiles;
import io.github.mtss.batch.evaluation.EvaluationResult;
import io.github.mtss.batch.evaluation.Flag;
import io.github.mtss.batch.evaluation.FoldComparison;
import io.github.mtss.batch.evaluation.Outcome;
import io.github.mtss.batch.evaluation.OutcomeCsv;
import io.github.mtss.core.Student;
import io.github.mtss.core.evaluation.ConfusionCounts;
import io.github.mtss.core.evaluation.Estimate;
import io.github.mtss.core.evaluation.Wilson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mtss evaluate}: does the screening find the students who later had the outcome? */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Screens the students, joins their outcomes (outcomes.csv: student_id and a "
        + "1/0 outcome column) and writes evaluation.json, evaluation.csv and rejects.csv: for "
        + "Tier >= 2 and Tier 3, the flagged share, recall, precision, lift, specificity and "
        + "false-positive rate with Wilson 95 %% intervals, overall and per domain, rule, "
        + "school, grade and equity subgroup, beside a cross-validated logistic-regression "
        + "yardstick (never a tiering input). See docs/evaluation.md.",
        "With --calibrate, also searches the policy's cut-points and writes "
            + "calibrated-policy.yaml, which screen --policy and compare read unchanged."},
    footer = {"  mtss evaluate --students students.csv --outcomes outcomes.csv --out evaluation",
        "  mtss evaluate --students students.csv --outcomes outcomes.csv --equity-columns frl,ell \\",
        "      --calibrate --max-flagged 0.25 --out evaluation --xlsx"})
final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--students", required = true, paramLabel = "FILE",
      description = "The students.csv file (see docs/formats.md).")
  private Path students;

  @Option(names = "--outcomes", required = true, paramLabel = "FILE",
      description = "outcomes.csv: student_id and the outcome column, 1 (happened) or 0.")
  private Path outcomes;

  @Option(names = "--outcome-column", paramLabel = "NAME", defaultValue = "outcome",
      description = "The outcome's column in outcomes.csv, e.g. not_graduated_on_time "
          + "(default: outcome).")
  private String outcomeColumn;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory, replaced whole: new, empty, or one an earlier evaluate "
          + "wrote.")
  private Path out;

  @Option(names = "--equity-columns", paramLabel = "COLUMNS", split = ",",
      description = "Demographic columns evaluated subgroup by subgroup (comma-separated); "
          + "default as for screen. The rules and the yardstick never read them.")
  private List<String> equityColumns = BatchScreen.DEFAULT_EQUITY_COLUMNS;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Cross-validation folds of the yardstick and the calibration (default 5).")
  private int folds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed assigning students to folds (default 1): same seed, same result.")
  private long seed;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "${sys:mtss.threads:-0}",
      description = "Screening threads; 0 (default) uses every available processor.")
  private int threads;

  @Option(names = "--calibrate", description = "Search the policy's cut-points; needs "
      + "--max-flagged or --min-recall.")
  private boolean calibrate;

  @Option(names = "--max-flagged", paramLabel = "SHARE",
      description = "Calibrate for the highest recall flagging at most SHARE of the students.")
  private @Nullable Double maxFlagged;

  @Option(names = "--min-recall", paramLabel = "R",
      description = "Calibrate for the fewest students flagged with a recall of at least R.")
  private @Nullable Double minRecall;

  @Option(names = "--calibrate-flag", paramLabel = "FLAG", defaultValue = "tier>=2",
      description = "The flag calibrated: tier>=2 (default) or tier3.")
  private String calibrateFlag;

  @Option(names = "--grid", paramLabel = "FILE",
      description = "Candidate cut-points (YAML) instead of the documented default grid.")
  private @Nullable Path grid;

  @Mixin
  private EngineOptions engineOptions;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private XlsxOptions xlsx;

  @Override
  public Integer call() throws IOException, InputFileException {
    xlsx.check(out);
    Evaluation.Builder evaluation = settings();
    CsvInput.Result<Student> studentRows = InputFiles.read(students, StudentCsv::read);
    CsvInput.Result<Outcome> outcomeRows = InputFiles.read(outcomes,
        OutcomeCsv.reader(outcomeColumn));
    EvaluationResult result;
    try {
      result = evaluation.build().run(studentRows, outcomeRows);
    } catch (IllegalArgumentException e) {
      throw new ArgumentsRefused(students + " and " + outcomes + ": " + e.getMessage());
    }
    EvaluationFiles.write(result, out);
    xlsx.write(out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(summary(result));
    stdout.printf("wrote %s%n", out);
    return warnings(result);
  }

  /** Checks the options and loads the rules, policy and grid: fails before reading any row. */
  private Evaluation.Builder settings() {
    if (folds < 2 || threads < 0) {
      throw refused(folds < 2 ? "--folds must be 2 or more, was " + folds
          : "--threads must be 0 (all processors) or more, was " + threads);
    }
    Flag flag;
    try {
      flag = Flag.parse(calibrateFlag);
    } catch (IllegalArgumentException e) {
      throw refused("--calibrate-flag: " + e.getMessage());
    }
    CalibrationTarget target = target();
    Evaluation.Builder builder = Evaluation.builder(engineOptions.engine())
        .outcomeName(outcomeColumn).equityColumns(equityColumns).folds(folds).seed(seed)
        .threads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads)
        .calibrationFlag(flag);
    if (target != null) {
      builder.calibrate(target).grid(grid == null ? CalibrationGrid.defaults()
          : CalibrationGrid.load(grid));
    }
    return builder;
  }

  private @Nullable CalibrationTarget target() {
    if (!calibrate) {
      if (maxFlagged != null || minRecall != null || grid != null) {
        throw refused("--max-flagged, --min-recall and --grid need --calibrate");
      }
      return null;
    }
    if ((maxFlagged == null) == (minRecall == null)) {
      throw refused("--calibrate needs exactly one of --max-flagged SHARE or --min-recall R");
    }
    double bound = maxFlagged != null ? maxFlagged : minRecall;
    if (!(bound > 0 && bound <= 1)) {
      throw refused((maxFlagged != null ? "--max-flagged" : "--min-recall")
          + " is a share above 0 and at most 1 (0.25 for 25 %), was " + bound);
    }
    return maxFlagged != null ? CalibrationTarget.maxFlagged(bound)
        : CalibrationTarget.minRecall(bound);
  }

  private CommandLine.ParameterException refused(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Reports ids on one side only and rejected rows on standard error; 1 when rows were rejected. */
  private int warnings(EvaluationResult result) {
    PrintWriter stderr = spec.commandLine().getErr();
    if (!result.studentsWithoutOutcome().isEmpty() || !result.outcomesWithoutStudent().isEmpty()) {
      stderr.printf("warning: %d student(s) of %s have no outcome (first: %s) and %d outcome(s) "
          + "of %s no screenable student (first: %s); they are left out, listed in "
          + "evaluation.json (join)%n", result.studentsWithoutOutcome().size(), students,
          first(result.studentsWithoutOutcome()), result.outcomesWithoutStudent().size(),
          outcomes, first(result.outcomesWithoutStudent()));
    }
    Calibration calibration = result.calibration();
    if (calibration != null && !calibration.targetMet()) {
      stderr.printf("warning: no policy of the calibration grid meets %s; "
          + "calibrated-policy.yaml is the nearest found (widen the grid with --grid)%n",
          calibration.target());
    }
    if (result.rejects().isEmpty()) {
      return 0;
    }
    RejectedRow r = result.rejects().get(0);
    stderr.printf("%d problem(s) in input rows, see rejects.csv; first: %s:%d: %s%n",
        result.rejects().size(), r.file(), r.line(), r.problem());
    return MtssCommand.ROWS_REJECTED;
  }

  private static String first(List<String> ids) {
    return ids.isEmpty() ? "none" : ids.get(0);
  }

  /** Returns the overall table, the yardstick and the calibration for the terminal. */
  static String summary(EvaluationResult result) {
    ConfusionCounts all = result.row("all", "all", Flag.TIER_2_OR_3).counts();
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "%d students evaluated against %s (base rate %s)%n%-28s %-19s %-19s %-19s %s%n",
        result.students(), result.outcomeName(), estimate(all.baseRate(Wilson.Z_95)),
        "flag", "flagged share", "recall", "precision", "lift"));
    for (Flag flag : Flag.values()) {
      line(text, flag.id() + " (rules)", result.row("all", "all", flag).counts());
      line(text, flag.id() + " share (logistic)",
          result.row("logistic_regression", "cross_validated", flag).counts());
    }
    text.append(String.format(Locale.ROOT, "logistic yardstick, %d-fold cross-validated: AUC "
        + "%s (the tier as a score: %s)%n", result.yardstick().folds(),
        number(result.yardstick().auc()), number(result.yardstick().tierAuc())));
    Calibration calibration = result.calibration();
    if (calibration != null) {
      text.append(String.format(Locale.ROOT, "calibration (%s, %s): %d policies screened%n",
          calibration.target(), calibration.flag().id(), calibration.policiesScreened()));
      for (FoldComparison f : calibration.table()) {
        if (!f.set().equals("training")) {
          line(text, (f.fold() == 0 ? "all" : "fold " + f.fold() + " held out") + " before",
              f.before());
          line(text, (f.fold() == 0 ? "all" : "fold " + f.fold() + " held out") + " after",
              f.after());
        }
      }
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String label, ConfusionCounts c) {
    double z = Wilson.Z_95;
    text.append(String.format(Locale.ROOT, "%-28s %-19s %-19s %-19s %s%n", label,
        estimate(c.flaggedShare(z)), estimate(c.recall(z)), estimate(c.precision(z)),
        number(c.lift())));
  }

  private static String estimate(@Nullable Estimate e) {
    return e == null ? "n/a" : String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", e.value(),
        e.low(), e.high());
  }

  private static String number(@Nullable Double value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
