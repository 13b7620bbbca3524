package io.github.mtss.batch;

/**
 * Told how a screening advances, for a progress bar or a log line; the library itself never
 * writes to the console. Calls come from the screening threads, so an implementation must be
 * thread-safe and quick.
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = screened -> { };

  /** Tells how many students are screened so far (a count that only grows). */
  void screened(long students);

  /** Tells that every student is screened; sorting and writing follow. */
  default void screeningDone() { }
}
