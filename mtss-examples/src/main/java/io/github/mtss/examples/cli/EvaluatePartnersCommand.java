package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.examples.research.PartnerEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mtss evaluate-partners}: how the students each partner served changed. */
@Command(name = "evaluate-partners", mixinStandardHelpOptions = true,
    description = {"Compares two screens of the same district (the first with --partners): for "
        + "each service and each partner, the students served, the seats used, and the change "
        + "in tier and in each indicator level of the students served against eligible students "
        + "of the same need, tier, levels and school who got no seat as the seats ran out, with "
        + "95 %% intervals. Descriptive, not causal (docs/partner-evaluation.md). Writes "
        + "partner-evaluation.csv and partner-evaluation.json."},
    footer = {"  mtss evaluate-partners --before screen-fall --after screen-spring --out partner-eval"})
final class EvaluatePartnersCommand implements Callable<Integer> {
  @Option(names = "--before", required = true, paramLabel = "DIR",
      description = "Output directory of the first screen, run with --partners.")
  private Path before;

  @Option(names = "--after", required = true, paramLabel = "DIR",
      description = "Output directory of the later screen of the same students.")
  private Path after;

  @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "LEVEL",
      description = "Confidence of the intervals (default 0.95).")
  private double confidence;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write partner-evaluation.csv and "
      + "partner-evaluation.json into, replaced whole.")
  private Path out;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InputFileException {
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--confidence must be above 0.5 and below 1, e.g. 0.95");
    }
    PartnerEvaluation evaluation = PartnerEvaluation.of(before, after, confidence);
    try (OutputDirectory dir = OutputDirectory.open(out,
        List.of("partner-evaluation.csv", "partner-evaluation.json"))) {
      evaluation.writeCsv(dir.file("partner-evaluation.csv"));
      evaluation.writeJson(dir.file("partner-evaluation.json"), before, after);
      dir.commit();
    }
    int missing = evaluation.missingAfter().size();
    spec.commandLine().getOut().printf("wrote partner-evaluation.csv and .json to %s "
        + "(descriptive, not causal)%s%n", out, missing == 0 ? "" : "; " + missing
        + " students of the first screen are not in the second (listed in the .json)");
    return 0;
  }
}
