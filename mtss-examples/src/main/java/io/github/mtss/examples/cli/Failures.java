package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.rules.PolicyFileException;
import io.github.mtss.rules.RulePackException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Turns the failures a user can fix (unusable files, broken rules or policy, a full disk) into a
 * clear message on standard error and exit code 2, without a stack trace. A file-system error is
 * said in the user's words and names the file, or the output directory when the system named
 * none: the reason the system (or this tool) gave, else what the kind of error means.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  /** What each kind of file-system error means, said after the file's name. */
  private static final Map<Class<? extends FileSystemException>, String> FILE_ERRORS = Map.of(
      FileAlreadyExistsException.class, "is in the way: a file of that name exists where a "
          + "directory is needed (or the other way round)",
      NoSuchFileException.class, "does not exist",
      NotDirectoryException.class, "is not a directory",
      AccessDeniedException.class, "cannot be written or read: permission denied",
      DirectoryNotEmptyException.class, "is a directory that is not empty");

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (e instanceof InputFileException || e instanceof RulePackException
        || e instanceof PolicyFileException || e instanceof ArgumentsRefused) {
      commandLine.getErr().println("error: " + e.getMessage());
      return MtssCommand.UNUSABLE;
    }
    if (e instanceof IOException io) {
      commandLine.getErr().println("error: " + describe(io, output(parseResult)));
      return MtssCommand.UNUSABLE;
    }
    throw new IllegalStateException(e);
  }

  /** Describes an I/O error; {@code output} is the command's --out, or null. */
  static String describe(IOException e, String output) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String meaning = FILE_ERRORS.get(fs.getClass());
      String said = fs.getReason() != null ? ": " + lower(fs.getReason())
          : " " + (meaning != null ? meaning : "cannot be used");
      return fs.getFile() + said
          + (fs.getOtherFile() == null ? "" : " (with " + fs.getOtherFile() + ")");
    }
    String reason = e.getMessage() == null ? "input/output error" : lower(e.getMessage());
    return output == null ? reason : "cannot write the output directory " + output + ": "
        + reason + (reason.contains("space") ? " (free some disk space, or choose another "
        + "--out)" : "");
  }

  private static String output(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult command = parseResult;
    while (command.subcommand() != null) {
      command = command.subcommand();
    }
    Object out = command.matchedOptionValue("--out", null);
    return out == null ? null : out.toString();
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT)
        + text.substring(1);
  }
}
