package io.github.mtss.examples.cli;

import io.github.mtss.examples.io.InputFileException;
import io.github.mtss.examples.screening.ScreeningOutputs;
import io.github.mtss.examples.screening.ScreeningRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mtss screen}: screens a students file and writes tiers, rejects and a summary. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Screens every student of a students.csv file and writes tiers.csv, "
        + "rejects.csv and summary.json into the output directory, all or none.",
        "Every input row ends in exactly one of tiers.csv or rejects.csv."})
final class ScreenCommand implements Callable<Integer> {
  @Option(names = "--students", required = true, paramLabel = "FILE",
      description = "The students.csv file (see shared/formats.md).")
  private Path students;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory; created if missing, our files in it replaced.")
  private Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "${sys:mtss.threads:-0}",
      description = "Screening threads; 0 (default) uses every available processor.")
  private int threads;

  @Mixin
  private EngineOptions engineOptions;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InputFileException {
    if (threads < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be 0 (all processors) or more, was " + threads);
    }
    int threadCount = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    var engine = engineOptions.engine();
    ScreeningRun run;
    try (InputStream in = Files.newInputStream(students)) {
      run = ScreeningRun.of(engine, students.toString(), in, threadCount);
    } catch (NoSuchFileException e) {
      throw new InputFileException(students + ": no such file", e);
    }
    ScreeningOutputs.write(run, out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("screened %d of %d rows (%d rejected) in %d ms with rule set %s; wrote %s%n",
        run.decisions().size(), run.rowsRead(), run.rowsRejected(), run.elapsedMillis(),
        engine.ruleSet().version(), out);
    if (!run.rejects().isEmpty()) {
      spec.commandLine().getErr().printf("%d row(s) rejected; first: line %d: %s%n",
          run.rowsRejected(), run.rejects().get(0).line(), run.rejects().get(0).problem());
      return MtssCommand.ROWS_REJECTED;
    }
    return 0;
  }
}
