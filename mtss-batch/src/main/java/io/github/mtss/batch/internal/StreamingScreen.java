package io.github.mtss.batch.internal;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.Limits;
import io.github.mtss.batch.ProgressListener;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.ScreenedStudent;
import io.github.mtss.batch.ScreeningSink;
import io.github.mtss.batch.StudentSource;
import io.github.mtss.batch.TierRecords;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A screening that streams: the calling thread reads the source and hands chunks of students to
 * the screening threads, a bounded number at a time; each chunk is decided, placed in tiers and
 * handed to the sink at once, and the students are dropped. One instance runs one screening.
 */
public final class StreamingScreen {
  private final MtssEngine engine;
  private final TierRecords records;
  private final int threads;
  private final Limits limits;
  private final ProgressListener progress;
  private final AtomicLong screened = new AtomicLong();

  /** Prepares a screening with {@code engine} on {@code threads} threads. */
  public StreamingScreen(MtssEngine engine, TierRecords records, int threads, Limits limits,
      ProgressListener progress) {
    this.engine = engine;
    this.records = records;
    this.threads = threads;
    this.limits = limits;
    this.progress = progress;
  }

  /** Screens every student of {@code source} into {@code sink}, then finishes and closes it. */
  public <R> R run(StudentSource source, ScreeningSink<R> sink)
      throws IOException, InputFileException {
    try (sink) {
      return sink.finish(screenAll(source, sink));
    }
  }

  /** Reads every row, screening chunks on the pool; returns the number of rows read. */
  private long screenAll(StudentSource source, ScreeningSink<?> sink)
      throws InputFileException, IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Chunks chunks = new Chunks(pool, sink);
      long rowsRead = source.stream(chunks);
      chunks.finish();
      return rowsRead;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.screeningDone();
      pool.shutdownNow();
    }
  }

  /** Gathers rows into chunks and screens each on the pool, a bounded number at a time. */
  private final class Chunks implements CsvInput.Sink<Student> {
    private final ExecutorService pool;
    private final ScreeningSink<?> sink;
    private final Semaphore inFlight = new Semaphore(2 * threads);
    private final List<Future<?>> pending = new ArrayList<>();
    private List<CsvInput.Row<Student>> chunk = new ArrayList<>();

    Chunks(ExecutorService pool, ScreeningSink<?> sink) {
      this.pool = pool;
      this.sink = sink;
    }

    @Override
    public void accept(CsvInput.Row<Student> row) {
      chunk.add(row);
      if (chunk.size() >= limits.chunkSize()) {
        submit();
      }
    }

    @Override
    public void reject(RejectedRow problem) {
      sink.rejected(problem);
    }

    private void submit() {
      List<CsvInput.Row<Student>> rows = chunk;
      chunk = new ArrayList<>();
      inFlight.acquireUninterruptibly();
      pending.add(pool.submit(() -> {
        try {
          sink.screened(screen(rows));
          progress.screened(screened.addAndGet(rows.size()));
        } finally {
          inFlight.release();
        }
        return null;
      }));
      pending.removeIf(Tasks::finished);
    }

    void finish() {
      if (!chunk.isEmpty()) {
        submit();
      }
      pending.forEach(Tasks::join);
    }
  }

  /** Decides and places one chunk. */
  private List<ScreenedStudent> screen(List<CsvInput.Row<Student>> rows) {
    List<TierDecision> decisions = decide(rows.stream().map(CsvInput.Row::value).toList());
    List<ScreenedStudent> done = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      TierPlacement placement = records.place(decisions.get(i));
      done.add(new ScreenedStudent(rows.get(i).line(), rows.get(i).value(), decisions.get(i),
          placement, records.newEntry(placement)));
    }
    return done;
  }

  /**
   * Decides students in their order. A chunk may repeat an id (the sink finds repeats), and an
   * engine call may not, so repeats are decided in calls of their own.
   */
  private List<TierDecision> decide(List<Student> students) {
    Set<String> seen = new HashSet<>();
    List<Student> firsts = new ArrayList<>(students.size());
    List<Student> repeats = new ArrayList<>();
    boolean[] repeated = new boolean[students.size()];
    for (int i = 0; i < students.size(); i++) {
      repeated[i] = !seen.add(students.get(i).studentId());
      (repeated[i] ? repeats : firsts).add(students.get(i));
    }
    if (repeats.isEmpty()) {
      return engine.screen(firsts);
    }
    Iterator<TierDecision> first = engine.screen(firsts).iterator();
    Iterator<TierDecision> again = decide(repeats).iterator();
    List<TierDecision> decisions = new ArrayList<>(students.size());
    for (boolean repeat : repeated) {
      decisions.add(repeat ? again.next() : first.next());
    }
    return decisions;
  }
}
