package io.github.mtss.examples.cli;

import picocli.CommandLine;

/**
 * A command that only groups one subcommand per standard ({@code import}, {@code export}): run
 * alone, it is a usage error naming the formats.
 */
abstract class FormatParentCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing format: choose one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
