package io.github.mtss.examples.cli;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.Limits;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.rules.MtssEngine;

/**
 * How the command line runs a batch screening: a progress bar on a terminal, and the limits
 * from the system properties {@code mtss.chunkSize} and {@code mtss.runSize} (for tuning and
 * tests; the defaults otherwise).
 */
final class BatchOptions {
  private BatchOptions() {}

  /** Returns a screening with {@code engine}, the limits and a terminal progress bar. */
  static BatchScreen.Builder screen(MtssEngine engine) {
    return BatchScreen.builder(engine)
        .limits(new Limits(Integer.getInteger("mtss.chunkSize", Limits.DEFAULTS.chunkSize()),
            Integer.getInteger("mtss.runSize", Limits.DEFAULTS.runSize())))
        .progress(TerminalProgress.counting("screened"));
  }
}
