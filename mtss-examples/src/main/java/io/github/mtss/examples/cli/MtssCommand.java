package io.github.mtss.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mtss} command line: screens students, validates rule files and runs the demo. Exit
 * codes: 0 success; 1 some input rows rejected (see rejects.csv; the rest is written); 2 usage
 * error or unusable input, rule or policy file (nothing written).
 */
@Command(name = "mtss",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Multi-Tiered System of Supports: early-warning screening with reasons.",
    subcommands = {DemoCommand.class, ScreenCommand.class, ValidateCommand.class,
        TestRulesCommand.class, ProgressCommand.class, GenerateCommand.class,
        CompareCommand.class, ReportCommand.class, ImportCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:some input rows rejected (see rejects.csv; the rest was written), or a scenario failed",
        "2:usage error, or an unusable input, rule or policy file; nothing written"})
public final class MtssCommand implements Runnable {
  /** Exit code when some input rows were rejected. */
  static final int ROWS_REJECTED = 1;
  /** Exit code for usage errors and unusable files. */
  static final int UNUSABLE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its exit code. The spreadsheet reader logs through
   * Log4j, which would print a notice about its missing backend on every decision table: it is
   * given Log4j's silent simple backend unless the user chose one.
   */
  public static void main(String[] args) {
    defaultProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    defaultProperty("log4j2.simplelogLevel", "OFF");
    System.exit(run(args));
  }

  private static void defaultProperty(String name, String value) {
    System.setProperty(name, System.getProperty(name, value));
  }

  /** Runs the command line on the console streams and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Runs the command line with the given output and error streams and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  private static CommandLine commandLine() {
    return new CommandLine(new MtssCommand()).setExecutionStrategy(new OutputPaths())
        .setExecutionExceptionHandler(new Failures());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: choose one of demo, screen, validate, test-rules, progress, generate, compare, report, import");
  }
}
