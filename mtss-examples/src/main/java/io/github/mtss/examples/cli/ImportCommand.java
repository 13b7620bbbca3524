package io.github.mtss.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mtss import}: reads the standards a district's data arrives in into the CSV files. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Reads a district's data held in a standard into the tool's CSV files.",
    subcommands = {ImportHsdsCommand.class})
final class ImportCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing format: choose one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
