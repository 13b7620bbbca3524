package io.github.mtss.spark;

import io.github.mtss.batch.InputFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spark-submit} entry point of {@link SparkScreen}:
 *
 * <pre>
 * spark-submit --class io.github.mtss.spark.SparkScreenMain mtss-spark.jar \
 *     --students FILE [--partners FILE] [--policy FILE] [--rules DIR]
 *     [--allow-unsafe-rules] [--format parquet|csv] [--partition-mb N] --out DIR
 * </pre>
 *
 * <p>The master and resources come from {@code spark-submit} (or {@code -Dspark.master}). A
 * problem with the arguments or the inputs is printed as one line naming what is wrong, with exit
 * status 2; never a stack trace.
 */
public final class SparkScreenMain {
  private static final String USAGE = "usage: --students FILE [--partners FILE] [--policy FILE]"
      + " [--rules DIR] [--allow-unsafe-rules] [--format parquet|csv] [--partition-mb N]"
      + " --out DIR";

  private SparkScreenMain() {}

  /** Runs the job; exits with 0 when done, 1 when rows were rejected, 2 on a problem. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the job with {@code args}, printing to {@code out} and {@code err}; returns the status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    @Nullable SparkSession spark = null;
    try {
      Arguments parsed = Arguments.parse(args);
      String target = parsed.out;
      spark = SparkSession.builder().appName("mtss screen").getOrCreate();
      SparkScreen.Builder job = parsed.configure(SparkScreen.builder(spark));
      long start = System.nanoTime();
      SparkScreen.Run run = job.build().run(target);
      out.printf(Locale.ROOT, "screened %d of %d rows (%d rejected) in %d ms; %d seats given, "
          + "%d needs unmet; wrote %s%n", run.rowsScreened(), run.rowsRead(), run.rowsRejected(),
          (System.nanoTime() - start) / 1_000_000, run.recommendations(), run.unmet(), target);
      return run.rowsRejected() > 0 ? 1 : 0;
    } catch (IllegalArgumentException | IllegalStateException | InputFileException
        | IOException e) {
      err.println("mtss-spark: " + firstLine(e));
      return 2;
    } catch (RuntimeException e) {
      err.println("mtss-spark: " + firstLine(rootCause(e)));
      return 2;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
  }

  /** Returns the deepest cause: what a task failing on an executor reported. */
  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Returns the first line of a problem's message, never a stack trace. */
  private static String firstLine(Throwable problem) {
    String message = problem.getMessage();
    return message == null ? problem.getClass().getSimpleName()
        : message.lines().findFirst().orElse(problem.getClass().getSimpleName());
  }

  /** The command line's options. */
  private static final class Arguments {
    private @Nullable String students;
    private @Nullable String out;
    private @Nullable Path partners;
    private @Nullable Path policy;
    private @Nullable Path rules;
    private boolean allowUnsafeRules;
    private SparkScreen.Format format = SparkScreen.Format.PARQUET;
    private long partitionBytes = 16L << 20;

    static Arguments parse(String[] args) {
      Arguments a = new Arguments();
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--allow-unsafe-rules")) {
          a.allowUnsafeRules = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        String value = args[++i];
        switch (option) {
          case "--students" -> a.students = value;
          case "--out" -> a.out = value;
          case "--partners" -> a.partners = Path.of(value);
          case "--policy" -> a.policy = Path.of(value);
          case "--rules" -> a.rules = Path.of(value);
          case "--format" -> a.format = format(value);
          case "--partition-mb" -> a.partitionBytes = megabytes(value) << 20;
          default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
        }
      }
      if (a.students == null || a.out == null) {
        throw new IllegalArgumentException("--students and --out are required; " + USAGE);
      }
      return a;
    }

    private static SparkScreen.Format format(String value) {
      return switch (value) {
        case "parquet" -> SparkScreen.Format.PARQUET;
        case "csv" -> SparkScreen.Format.CSV;
        default -> throw new IllegalArgumentException(
            "--format must be parquet or csv, was '" + value + "'");
      };
    }

    private static long megabytes(String value) {
      try {
        long mb = Long.parseLong(value);
        if (mb > 0) {
          return mb;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException("--partition-mb must be a positive number, was '"
          + value + "'");
    }

    SparkScreen.Builder configure(SparkScreen.Builder job) {
      job.students(students).format(format).partitionBytes(partitionBytes)
          .allowUnsafeRules(allowUnsafeRules);
      if (partners != null) {
        job.partners(partners);
      }
      if (policy != null) {
        job.policy(policy);
      }
      if (rules != null) {
        job.rulePack(rules);
      }
      return job;
    }
  }
}
