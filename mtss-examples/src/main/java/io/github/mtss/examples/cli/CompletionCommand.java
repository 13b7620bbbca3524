package io.github.mtss.examples.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mtss completion}: prints the bash (and zsh) completion script of every command. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Prints a completion script for bash and zsh: commands, options and file "
        + "names complete with Tab. It completes the command 'mtss': put a script of that name "
        + "on your PATH that runs java -jar mtss.jar \"$@\"."},
    footer = {"  source <(mtss completion)",
        "      completes mtss commands in this shell",
        "  mtss completion > ~/.local/share/bash-completion/completions/mtss",
        "      completes them in every new shell"})
final class CompletionCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().print(AutoComplete.bash("mtss", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
  }
}
