package io.github.mtss.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses, before a command runs, an {@code --out} that is an input or holds one (the output
 * directory is replaced whole) or lies inside an input directory, whatever the spelling of the
 * paths (relative, {@code ..}, symbolic links): exit 2, nothing written.
 */
final class OutputPaths implements CommandLine.IExecutionStrategy {
  private static final String OUT = "--out";

  @Override
  public int execute(ParseResult parseResult) {
    ParseResult command = parseResult;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    refuseOverlap(command);
    return new CommandLine.RunLast().execute(parseResult);
  }

  private static void refuseOverlap(ParseResult command) {
    Path out = command.matchedOptionValue(OUT, null);
    if (out == null) {
      return;
    }
    for (OptionSpec option : command.commandSpec().options()) {
      for (Path input : paths(option)) {
        if (!option.longestName().equals(OUT) && overlap(out, input)) {
          String message = String.format("%s %s and %s %s overlap: an output must neither be "
              + "nor hold nor lie inside an input (an output directory is replaced whole); "
              + "choose another %s", option.longestName(), input, OUT, out, OUT);
          throw new CommandLine.ExecutionException(command.commandSpec().commandLine(), message,
              new ArgumentsRefused(message));
        }
      }
    }
  }

  private static List<Path> paths(OptionSpec option) {
    Object value = option.getValue();
    Collection<?> items = value instanceof Collection<?> values ? values
        : value == null ? List.of() : List.of(value);
    return items.stream().filter(Path.class::isInstance).map(Path.class::cast).toList();
  }

  private static boolean overlap(Path out, Path input) {
    Path a = real(out);
    Path b = real(input);
    return a.startsWith(b) || b.startsWith(a);
  }

  /** Returns the path with its longest existing part resolved as the file system sees it. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    try {
      return existing == null ? absolute
          : existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
