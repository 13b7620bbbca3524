package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.rules.PolicyFileException;
import io.github.mtss.rules.RulePackException;
import java.io.IOException;
import picocli.CommandLine;

/**
 * Turns the failures a user can fix (unusable files, broken rules or policy) into a clear message
 * on standard error and exit code 2, without a stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (e instanceof InputFileException || e instanceof RulePackException
        || e instanceof PolicyFileException || e instanceof IOException) {
      commandLine.getErr().println("error: " + e.getMessage());
      return MtssCommand.UNUSABLE;
    }
    throw new IllegalStateException(e);
  }
}
