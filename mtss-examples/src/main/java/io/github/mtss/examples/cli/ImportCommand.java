package io.github.mtss.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mtss import}: reads a standard a district holds into the CSV files the screen reads. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports district data held in a standard into the CSV files of the formats "
        + "contract.",
    subcommands = {ImportEdFiCommand.class})
final class ImportCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing standard: choose one of " + String.join(", ",
            spec.subcommands().keySet()));
  }
}
