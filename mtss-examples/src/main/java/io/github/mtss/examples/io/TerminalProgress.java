package io.github.mtss.examples.io;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error, drawn only when the tool runs on a terminal (so logs and
 * pipes stay clean), at most once per percent.
 */
public final class TerminalProgress implements AutoCloseable {
  private static final int BAR = 40;
  private final @Nullable PrintStream out;
  private final String label;
  private final long total;
  private int shownPercent = -1;

  private TerminalProgress(@Nullable PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(1, total);
  }

  /** Returns a bar that draws on a terminal and stays silent otherwise. */
  public static TerminalProgress of(String label, long total) {
    return new TerminalProgress(System.console() == null ? null : System.err, label, total);
  }

  /** Records that {@code done} of the total units are done. */
  public void update(long done) {
    int percent = (int) (100 * done / total);
    if (out == null || percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    int filled = percent * BAR / 100;
    out.printf("\r%s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(BAR - filled), percent);
    out.flush();
  }

  @Override
  public void close() {
    if (out != null && shownPercent >= 0) {
      out.println();
    }
  }
}
