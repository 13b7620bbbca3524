package io.github.mtss.examples.cli;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.Limits;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.rules.MtssEngine;
import java.nio.file.Path;

/**
 * How the command line runs a batch screening: a progress bar on a terminal (counting the
 * students screened, or out of a file's rows with {@link #progress}), and the limits
 * from the system properties {@code mtss.chunkSize} and {@code mtss.runSize} (for tuning and
 * tests; the defaults otherwise).
 */
final class BatchOptions {
  private BatchOptions() {}

  /**
   * Returns the progress of screening {@code students} on a terminal: its rows screened, then
   * sorting (and matching, with {@code partners}) and writing the files until closed.
   */
  static TerminalProgress progress(Path students, boolean partners) {
    return TerminalProgress.screening(students,
        partners ? "sorting, matching and writing" : "sorting and writing");
  }

  /** Returns a screening with {@code engine}, the limits and a terminal progress counter. */
  static BatchScreen.Builder screen(MtssEngine engine) {
    return BatchScreen.builder(engine)
        .limits(new Limits(Integer.getInteger("mtss.chunkSize", Limits.DEFAULTS.chunkSize()),
            Integer.getInteger("mtss.runSize", Limits.DEFAULTS.runSize())))
        .progress(TerminalProgress.counting("screened"));
  }
}
