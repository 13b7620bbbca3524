package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mtss export edfi}: a screen's tiers and the plans as Ed-Fi request bodies. */
@Command(name = "edfi", mixinStandardHelpOptions = true,
    description = {"Writes the tiers of a screen's output directory, and the plans of "
        + "plans.csv, as Ed-Fi Data Standard 5 request bodies: "
        + "studentEducationOrganizationAssociations.json (studentIndicators: the tier and "
        + "each domain's level) and studentInterventionAssociations.json, with "
        + "export-rejects.csv (docs/edfi-export.md)."},
    footer = {"  mtss export edfi --from screened --out edfi",
        "  mtss export edfi --from screened --plans plans.csv --out edfi"})
final class ExportEdFiCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, paramLabel = "SCREEN_OUTPUT_DIR",
      description = "The output directory of mtss screen (its tiers.csv is read).")
  private Path from;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory, replaced whole.")
  private Path out;

  @Mixin
  private EdFiExportOptions options;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InputFileException {
    return options.export(from.resolve("tiers.csv"), out, spec.commandLine());
  }
}
