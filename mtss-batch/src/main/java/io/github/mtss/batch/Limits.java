package io.github.mtss.batch;

/**
 * The sizes that bound a screening's memory. They change how the work is cut up, never what is
 * written: any limits give the same output.
 *
 * @param chunkSize students screened per task on a screening thread
 * @param runSize screened students (and seat requests) sorted in memory before a run is written
 *     to disk
 */
public record Limits(int chunkSize, int runSize) {
  /** 2,048 students per chunk, 100,000 per run. */
  public static final Limits DEFAULTS = new Limits(2048, 100_000);

  /** Checks that both sizes are positive. */
  public Limits {
    if (chunkSize < 1 || runSize < 1) {
      throw new IllegalArgumentException("chunk and run sizes must be positive, were "
          + chunkSize + " and " + runSize);
    }
  }
}
