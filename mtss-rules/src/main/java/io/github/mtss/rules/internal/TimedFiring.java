package io.github.mtss.rules.internal;

import io.github.mtss.rules.RulePackException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the work of one rule session on a thread of its own and waits for it at most the policy's
 * wall-clock limit, so that a consequence that never returns stops the screening with the rule
 * and the student it was working on. A consequence that throws stops it the same way. Java
 * cannot stop a thread that loops without looking at interrupts: a hung consequence's thread is
 * halted and interrupted, then left to the JVM (it is a daemon thread, so the command line still
 * exits).
 */
final class TimedFiring {
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(work -> {
    Thread thread = new Thread(work, "mtss-rule-session");
    thread.setDaemon(true);
    return thread;
  });

  private TimedFiring() {}

  /**
   * Returns what {@code work} returns, run within {@code seconds}.
   *
   * @throws RulePackException when a consequence throws or the work runs out of time, naming the
   *     rule and its subject
   */
  static <T> T run(KieSession session, FiringRecorder recorder, int seconds, Supplier<T> work) {
    Future<T> result = THREADS.submit(work::get);
    try {
      return result.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      String running = recorder.current(); // before halting: the session may fire on after it
      session.halt();
      result.cancel(true);
      throw failure(running + " did not finish within " + seconds
          + " s (max_seconds_per_batch); a consequence that loops or waits is the likely cause");
    } catch (ExecutionException e) {
      throw unwrap(e.getCause(), recorder);
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rules ran", e);
    }
  }

  private static RuntimeException unwrap(Throwable cause, FiringRecorder recorder) {
    if (cause instanceof ConsequenceException failed) {
      Throwable why = failed.getCause() == null ? failed : failed.getCause();
      return failure(recorder.describe(failed.getMatch()) + " failed: "
          + why.getClass().getSimpleName() + (why.getMessage() == null ? ""
              : ": " + CompileFailures.oneLine(why.getMessage())));
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  private static RulePackException failure(String message) {
    return new RulePackException(message, List.of());
  }
}
