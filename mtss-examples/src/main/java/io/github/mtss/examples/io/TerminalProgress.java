package io.github.mtss.examples.io;

import io.github.mtss.batch.ProgressListener;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error, drawn only when the tool runs on a terminal (so logs and
 * pipes stay clean), at most once per percent; as a batch {@link ProgressListener} it counts
 * the students screened.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
  private static final int BAR = 40;
  private static final long UNKNOWN = -1;
  private static final long COUNT_STEP = 100_000;
  private final @Nullable PrintStream out;
  private final String label;
  private final long total;
  private int shown = -1; // the percent, or the count step, drawn last

  private TerminalProgress(@Nullable PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = total == UNKNOWN ? UNKNOWN : Math.max(1, total);
  }

  /** Returns a bar that draws on a terminal and stays silent otherwise. */
  public static TerminalProgress of(String label, long total) {
    return new TerminalProgress(System.console() == null ? null : System.err, label, total);
  }

  /**
   * Returns a counter for work whose total is not known in advance: it shows the count done,
   * every {@value #COUNT_STEP} units, on a terminal only.
   */
  public static TerminalProgress counting(String label) {
    return new TerminalProgress(System.console() == null ? null : System.err, label, UNKNOWN);
  }

  /** Records that {@code done} of the total units are done; safe from any thread. */
  public synchronized void update(long done) {
    if (total == UNKNOWN) {
      showCount(done);
      return;
    }
    int percent = (int) (100 * done / total);
    if (out == null || percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * BAR / 100;
    out.printf("\r%s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(BAR - filled), percent);
    out.flush();
  }

  /** Shows the students screened so far. */
  @Override
  public void screened(long students) {
    update(students);
  }

  /** Ends the line once screening is done. */
  @Override
  public void screeningDone() {
    close();
  }

  private void showCount(long done) {
    int step = (int) (done / COUNT_STEP);
    if (out == null || step == shown) {
      return;
    }
    shown = step;
    out.printf("\r%s %,d", label, done);
    out.flush();
  }

  @Override
  public void close() {
    if (out != null && shown >= 0) {
      out.println();
    }
  }
}
