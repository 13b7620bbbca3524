package io.github.mtss.batch;

import java.io.IOException;
import java.util.List;

/**
 * Where a {@link BatchScreen} hands its results: every screened student and every rejected row,
 * then the end of the input. The CSV files of {@code shared/formats.md} are one sink
 * ({@link BatchScreen#screen(StudentSource, java.nio.file.Path)}); an application or a Spark job
 * passes its own to {@link BatchScreen#screen(StudentSource, ScreeningSink)}.
 *
 * <p>Every data row of the source reaches the sink exactly once, as a screened student or as one
 * or more problems of a rejected row. Rows are validated one by one: a student id repeated on
 * a later row reaches the sink screened, like any other row (the CSV sink rejects the repeat).
 *
 * @param <R> what the sink makes of the screening
 */
public interface ScreeningSink<R> extends AutoCloseable {
  /**
   * Receives a chunk of screened students, in source order within the chunk. Chunks arrive on the
   * screening threads, several at once and in any order, so this method must be thread-safe.
   *
   * @throws IOException when the sink cannot keep them; the screening fails
   */
  void screened(List<ScreenedStudent> chunk) throws IOException;

  /** Receives one problem of a rejected row (a row may have several), on the reading thread. */
  void rejected(RejectedRow problem);

  /**
   * Called once after the last student was handed over.
   *
   * @param rowsRead the number of data rows the source read
   * @return what the sink made of the screening
   */
  R finish(long rowsRead) throws IOException;

  /**
   * Releases what the sink holds; called after {@link #finish}, or instead of it when the
   * screening fails. Does nothing by default.
   */
  @Override
  default void close() throws IOException { }
}
