package io.github.mtss.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mtss export}: writes screening results in a standard a district's systems load. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes screening results in a standard the district's systems can load.",
    subcommands = {ExportEdFiCommand.class})
final class ExportCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing format: choose one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
