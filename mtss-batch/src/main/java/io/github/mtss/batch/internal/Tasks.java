package io.github.mtss.batch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for screening tasks run on other threads. */
final class Tasks {
  private Tasks() {}

  /**
   * Waits for a task and returns its result, rethrowing what it threw: a runtime exception as
   * it is, an {@link IOException} as an {@link UncheckedIOException}.
   */
  static <T> T join(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("screening interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Returns whether a task is done, rethrowing what it threw like {@link #join}. */
  static boolean finished(Future<?> task) {
    if (!task.isDone()) {
      return false;
    }
    join(task);
    return true;
  }
}
