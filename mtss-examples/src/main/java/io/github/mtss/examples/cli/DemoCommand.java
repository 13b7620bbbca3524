package io.github.mtss.examples.cli;

import io.github.mtss.core.Service;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.InputFileException;
import io.github.mtss.examples.io.PartnerCsv;
import io.github.mtss.examples.screening.ScreeningRun;
import io.github.mtss.examples.screening.SummaryTable;
import io.github.mtss.examples.screening.TierRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mtss demo}: screens the embedded sample district and prints a summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Screens an embedded sample district (several schools, grades K-12) with the "
        + "default rules and prints the tier distribution and indicator prevalence.")
final class DemoCommand implements Callable<Integer> {
  /** The embedded sample district's students file. */
  static final String STUDENTS = "/io/github/mtss/examples/demo/students.csv";
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
    ScreeningRun run;
    try (InputStream in = resource(STUDENTS)) {
      run = ScreeningRun.of(engine, "demo/students.csv", in,
          Runtime.getRuntime().availableProcessors(),
          TierRecords.none(LocalDate.now(ZoneId.systemDefault())));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Demo district: %d students screened with rule set %s in %d ms%n%n",
        run.decisions().size(), engine.ruleSet().version(), run.elapsedMillis());
    out.print(SummaryTable.render(run.summary()));
    out.printf("%nA typical school has about 80 / 15 / 5 %% of students in tiers 1 / 2 / 3.%n");
    if (run.allocation() != null) {
      out.printf("%n%s", SummaryTable.renderMatching(run.allocation(), services));
    }
    out.printf("Try: java -jar mtss-examples/target/mtss.jar screen --students FILE --out DIR%n");
    out.flush();
    return 0;
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(DemoCommand.class.getResourceAsStream(name), name);
  }
}
