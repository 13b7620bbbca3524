package io.github.mtss.examples.cli;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.progress.ProgressPoint;
import io.github.mtss.core.Service;
import io.github.mtss.rules.MtssEngine;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.PartnerCsv;
import io.github.mtss.batch.PlanCsv;
import io.github.mtss.batch.StudentSource;
import io.github.mtss.batch.ScreeningRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mtss demo}: screens the embedded sample district and prints a summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Screens an embedded sample district (several schools, grades K-12) with the "
        + "default rules and prints the tier distribution and indicator prevalence.",
    footer = {"  mtss demo",
        "      prints tiers per school and how common each indicator is"})
final class DemoCommand implements Callable<Integer> {
  /** The embedded sample district's students file. */
  static final String STUDENTS = "/io/github/mtss/examples/demo/students.csv";
  /** The embedded sample district's intervention plans. */
  static final String PLANS = "/io/github/mtss/examples/demo/plans.csv";
  /** The embedded sample district's progress points. */
  static final String PROGRESS = "/io/github/mtss/examples/demo/progress.csv";
  /** The embedded sample district's intervention catalogue. */
  static final String CATALOGUE = "/io/github/mtss/examples/demo/interventions.csv";
  /** The day the demo reviews its plans, fixed so the demo prints the same every day. */
  static final LocalDate REVIEW_DAY = LocalDate.of(2026, 11, 20);
  /** The embedded sample district's partner services. */
  static final String PARTNERS = "/io/github/mtss/examples/demo/partners.csv";

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InputFileException {
    List<Service> services;
    try (InputStream in = resource(PARTNERS)) {
      services = PartnerCsv.read("demo/partners.csv", in).rows().stream()
          .map(CsvInput.Row::value).toList();
    }
    var engine = new EngineOptions().engine(services);
    ScreeningRun run = screen(engine);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Demo district: %d students screened with rule set %s in %d ms%n%n",
        run.rowsScreened(), engine.ruleSet().version(), run.elapsedMillis());
    out.print(SummaryTable.render(run.summary()));
    out.printf("%nA typical school has about 80 / 15 / 5 %% of students in tiers 1 / 2 / 3.%n");
    if (run.matching() != null) {
      out.printf("%n%s", SummaryTable.renderMatching(run.matching(), services));
    }
    out.printf("%n%s", planReviews(engine));
    out.printf("Try: java -jar mtss-examples/target/mtss.jar screen --students FILE --out DIR%n");
    out.flush();
    return 0;
  }

  /** Screens the sample district; its files go to a temporary directory, removed after. */
  private static ScreeningRun screen(MtssEngine engine) throws IOException, InputFileException {
    Path scratch = Files.createTempDirectory("mtss-demo-");
    try (InputStream in = resource(STUDENTS)) {
      return BatchOptions.screen(engine).build()
          .screen(StudentSource.csv("demo/students.csv", in), scratch.resolve("out"));
    } finally {
      MoreFiles.deleteRecursively(scratch, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }

  private static String planReviews(MtssEngine engine) throws IOException, InputFileException {
    List<Plan> plans;
    List<ProgressPoint> points;
    try (InputStream in = resource(PLANS)) {
      plans = PlanCsv.readPlans("demo/plans.csv", in).rows().stream()
          .map(CsvInput.Row::value).toList();
    }
    try (InputStream in = resource(PROGRESS)) {
      points = PlanCsv.readProgress("demo/progress.csv", in).rows().stream()
          .map(CsvInput.Row::value).toList();
    }
    StringBuilder text = new StringBuilder(String.format(
        "Plan reviews as of %s (four-point rule, trend rule, dual discrepancy):%n", REVIEW_DAY));
    for (PlanDecision d : engine.review(plans, points, REVIEW_DAY)) {
      text.append(String.format("  %-6s %-6s %-22s %-26s slope %5.2f/wk vs aim %5.2f/wk%s%n",
          d.review().studentId(), d.review().plan().id(), d.outcome().id(),
          d.review().plan().metric(), d.review().slope(), d.review().aimSlope(),
          d.review().reviewDue() ? ", review due" : ""));
    }
    return text.toString();
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(DemoCommand.class.getResourceAsStream(name), name);
  }
}
