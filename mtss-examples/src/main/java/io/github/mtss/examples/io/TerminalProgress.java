package io.github.mtss.examples.io;

import io.github.mtss.batch.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error (the {@code me.tongfei:progressbar} library), drawn only when
 * the tool runs on a terminal, so logs and pipes stay clean: the phase, the share done, the
 * count, the rate and the time left. As a batch {@link ProgressListener} it shows the students
 * screened against the total given (counted rows), then the phase that sorts, matches and
 * writes the files, until it is closed. A phase of unknown length (compiling the rules) shows
 * the time it has taken so far.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
  private static final int UPDATE_MILLIS = 250;
  private final @Nullable PrintStream out;
  private final @Nullable String after;
  private @Nullable ProgressBar bar;

  private TerminalProgress(@Nullable PrintStream out, String label, long total,
      @Nullable String after) {
    this.out = out;
    this.after = after;
    this.bar = out == null ? null : bar(out, label, total);
  }

  /** Returns a bar of {@code total} units that draws on a terminal and stays silent otherwise. */
  public static TerminalProgress of(String label, long total) {
    return new TerminalProgress(terminal(), label, Math.max(0, total), null);
  }

  /** Returns a counter for work of unknown total: the count done, its rate and the time taken. */
  public static TerminalProgress counting(String label) {
    return new TerminalProgress(terminal(), label, -1, null);
  }

  /** Returns a phase of unknown length, e.g. compiling the rules: the time it has taken. */
  public static TerminalProgress phase(String label) {
    return counting(label);
  }

  /**
   * Returns the progress of a screening: the students screened out of the data rows of {@code
   * students} (counted only when on a terminal), then the phase {@code after}, shown once every
   * student is screened and until this is closed.
   */
  public static TerminalProgress screening(Path students, String after) {
    PrintStream out = terminal();
    long total = out == null ? -1 : dataRows(students);
    return new TerminalProgress(out, "screening", total, after);
  }

  /**
   * Returns the number of lines of {@code file} after the header, the total of a progress bar
   * (a quoted cell spanning lines counts once per line); -1 when the file cannot be read.
   */
  static long dataRows(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long lines = 0;
      int last = '\n';
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
      return Math.max(0, lines + (last == '\n' ? 0 : 1) - 1);
    } catch (IOException e) {
      return -1;
    }
  }

  private static @Nullable PrintStream terminal() {
    return System.console() == null ? null : System.err;
  }

  private static ProgressBar bar(PrintStream out, String label, long total) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(label)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(UPDATE_MILLIS)
        .setConsumer(new ConsoleProgressBarConsumer(out))
        .setSpeedUnit(ChronoUnit.SECONDS)
        .continuousUpdate();
    if (total >= 0) {
      builder.showSpeed();
    } else {
      builder.hideEta();
    }
    return builder.build();
  }

  /** Records that {@code done} units are done; safe from any thread. */
  public synchronized void update(long done) {
    if (bar != null) {
      if (bar.getMax() >= 0 && done > bar.getMax()) {
        bar.maxHint(done); // more rows than lines counted cannot happen; more lines can
      }
      bar.stepTo(done);
    }
  }

  /** Shows the students screened so far. */
  @Override
  public void screened(long students) {
    update(students);
  }

  /** Ends the screening bar, and starts the phase that follows it, if any. */
  @Override
  public synchronized void screeningDone() {
    if (bar != null && out != null && after != null) {
      bar.maxHint(bar.getCurrent());
      bar.close();
      bar = bar(out, after, -1);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
