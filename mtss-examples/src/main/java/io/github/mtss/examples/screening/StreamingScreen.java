package io.github.mtss.examples.screening;

import io.github.mtss.core.equity.Disproportionality;
import io.github.mtss.core.equity.RiskRatio;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.core.allocation.SeatRequest;
import io.github.mtss.core.allocation.SeatRequests;
import io.github.mtss.core.Student;
import io.github.mtss.core.StudentValidator;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.CsvOutput;
import io.github.mtss.examples.io.ExternalSort;
import io.github.mtss.examples.io.InputFileException;
import io.github.mtss.examples.io.OutputDirectory;
import io.github.mtss.examples.io.RejectedRow;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.examples.io.TierRecordsCsv;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * A screening that streams: the calling thread reads the students file and hands chunks of
 * students to the screening threads; each chunk is decided, placed in tiers and turned at once
 * into its output rows and its seat requests, and the students are dropped. The rows gather in
 * an {@link ExternalSort} by student id and line, which spills sorted runs to disk; merging the
 * runs writes tiers.csv, family.csv and tier_history.csv in id order, finds repeated ids as
 * neighbours (the first row by line is kept) and counts the summary.
 *
 * <p>Seat requests go to a second external sort, by student id and need, and only the size of
 * each group of interchangeable requests stays in memory: the smallest state that keeps the
 * allocation optimal ({@link SeatPlan}). Once the plan is solved, the requests stream back in
 * student-id order and take their seats. What stays in memory for the whole run is those group
 * sizes, the problems of rejected rows, and the overrides, plans and history files. The output
 * does not depend on the thread count or on the order of the rows: every order used is total.
 */
final class StreamingScreen {
  /**
   * The sizes that bound memory.
   *
   * @param chunkSize students screened per task (default 2,048, system property
   *     {@code mtss.chunkSize})
   * @param runSize screened students sorted in memory before a run is written to disk (default
   *     100,000, system property {@code mtss.runSize})
   */
  record Limits(int chunkSize, int runSize) {
    static final Limits DEFAULTS = new Limits(2048, 100_000);

    Limits {
      if (chunkSize < 1 || runSize < 1) {
        throw new IllegalArgumentException("chunk and run sizes must be positive, were "
            + chunkSize + " and " + runSize);
      }
    }

    static Limits fromSystemProperties() {
      return new Limits(Integer.getInteger("mtss.chunkSize", DEFAULTS.chunkSize),
          Integer.getInteger("mtss.runSize", DEFAULTS.runSize));
    }
  }

  private final MtssEngine engine;
  private final ScreeningRun.Settings settings;
  private final Limits limits;
  private final List<RejectedRow> rejects = new ArrayList<>();
  private final Map<SeatPlan.Group, LongAdder> groupSizes = new ConcurrentHashMap<>();
  private final AtomicLong screened = new AtomicLong();

  StreamingScreen(MtssEngine engine, ScreeningRun.Settings settings, Limits limits) {
    this.engine = engine;
    this.settings = settings;
    this.limits = limits;
  }

  ScreeningRun run(ScreeningRun.StudentsSource source, Path directory)
      throws IOException, InputFileException {
    long start = System.nanoTime();
    try (OutputDirectory out = OutputDirectory.open(directory)) {
      long rowsRead;
      Merged merged;
      Map<String, Long> phases = new LinkedHashMap<>();
      MatchingSummary matching;
      try (ExternalSort<ScreenedStudent> sort = new ExternalSort<>(out.scratch(),
              ScreenedStudent.ORDER, ScreenedStudent.CODEC, limits.runSize());
          ExternalSort<PendingRequest> requests = new ExternalSort<>(out.scratch(),
              PendingRequest.ORDER, PendingRequest.CODEC, limits.runSize())) {
        rowsRead = screenAll(source, sort, requests);
        phases.put("read_and_screen", millisSince(start));
        long matchingStart = System.nanoTime();
        Future<MatchingSummary> early = matchWhileMerging(requests, out);
        try {
          merged = merge(sort, out);
        } catch (IOException | RuntimeException e) {
          awaitAfterFailure(early, e);
          throw e;
        }
        phases.put("sort_and_write", millisSince(start) - phases.get("read_and_screen"));
        matching = joinMatching(early);
        if (matching != null && !merged.repeatedLines().isEmpty()) {
          matching = match(requests, merged.repeatedLines(), out);
        }
        phases.put("allocate_and_write", matching == null ? 0 : millisSince(matchingStart));
      }
      long elapsed = millisSince(start);
      List<RejectedRow> allRejects = new ArrayList<>(rejects);
      allRejects.addAll(merged.repeated());
      allRejects.sort(Comparator.comparingLong(RejectedRow::line));
      allRejects.addAll(settings.records().rejects());
      ScreeningRun run = new ScreeningRun(settings.studentsFile(), rowsRead,
          List.copyOf(allRejects), merged.summary(), merged.riskRatios(), matching, engine,
          settings.threads(), elapsed, phases);
      writeRest(run, out);
      out.commit();
      return run;
    }
  }

  /**
   * Starts matching every request on a thread of its own while the students are merged: the
   * merge only rarely finds repeated rows, and when it does, the matching is done again without
   * their requests (writing its files anew).
   */
  private Future<MatchingSummary> matchWhileMerging(ExternalSort<PendingRequest> requests,
      OutputDirectory out) {
    FutureTask<MatchingSummary> task = new FutureTask<>(() -> match(requests, Set.of(), out));
    Thread thread = new Thread(task, "mtss-matching");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /**
   * Waits for the matching thread to stop writing before a failed screening removes its files;
   * what the matching threw is added to the failure.
   */
  private static void awaitAfterFailure(Future<MatchingSummary> matching, Exception failure) {
    try {
      Tasks.join(matching);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static @Nullable MatchingSummary joinMatching(Future<MatchingSummary> matching)
      throws IOException {
    try {
      return Tasks.join(matching);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
  }

  private void writeRest(ScreeningRun run, OutputDirectory out) throws IOException {
    RejectedRow.write(out.file("rejects.csv"), run.rejects());
    ScreeningOutputs.writeSummary(run, out.file("summary.json"));
  }

  /** Reads every row, screening chunks on the pool; returns the number of rows read. */
  private long screenAll(ScreeningRun.StudentsSource source, ExternalSort<ScreenedStudent> sort,
      ExternalSort<PendingRequest> requests) throws InputFileException, IOException {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try (TerminalProgress progress = TerminalProgress.counting("screened")) {
      Chunks chunks = new Chunks(pool, sort, requests, progress);
      long rowsRead = source.stream(chunks);
      chunks.finish();
      return rowsRead;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Gathers rows into chunks and screens each on the pool, a bounded number at a time. */
  private final class Chunks implements CsvInput.Sink<Student> {
    private final ExecutorService pool;
    private final ExternalSort<ScreenedStudent> sort;
    private final ExternalSort<PendingRequest> requests;
    private final TerminalProgress progress;
    private final Semaphore inFlight;
    private final List<Future<?>> pending = new ArrayList<>();
    private List<CsvInput.Row<Student>> chunk = new ArrayList<>();

    Chunks(ExecutorService pool, ExternalSort<ScreenedStudent> sort,
        ExternalSort<PendingRequest> requests, TerminalProgress progress) {
      this.pool = pool;
      this.sort = sort;
      this.requests = requests;
      this.progress = progress;
      this.inFlight = new Semaphore(2 * settings.threads());
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
      rejects.add(problem);
    }

    private void submit() {
      List<CsvInput.Row<Student>> rows = chunk;
      chunk = new ArrayList<>();
      inFlight.acquireUninterruptibly();
      pending.add(pool.submit(() -> {
        try {
          screenChunk(rows, sort, requests);
          progress.update(screened.addAndGet(rows.size()));
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

  /** Screens one chunk into screened students and seat requests. */
  private void screenChunk(List<CsvInput.Row<Student>> rows, ExternalSort<ScreenedStudent> sort,
      ExternalSort<PendingRequest> requests) throws IOException {
    List<TierDecision> decisions = decide(rows.stream().map(CsvInput.Row::value).toList());
    List<ScreenedStudent> done = new ArrayList<>(rows.size());
    List<PendingRequest> chunkRequests = new ArrayList<>();
    boolean matching = !engine.services().isEmpty();
    for (int i = 0; i < rows.size(); i++) {
      CsvInput.Row<Student> row = rows.get(i);
      TierDecision decision = decisions.get(i);
      TierPlacement placement = settings.records().place(decision);
      TierHistoryEntry entry = settings.records().newEntry(placement);
      done.add(ScreenedStudent.of(row.line(), decision, placement, row.value().attributes(),
          settings.equityColumns(), entry == null ? "" : TierRecordsCsv.historyRow(entry)));
      if (matching) {
        for (SeatRequest seat : SeatRequests.of(decision, engine.policy())) {
          PendingRequest request = PendingRequest.of(seat, row.line(), decision.tier(),
              decision.needs().get(seat.need()));
          chunkRequests.add(request);
          if (request.eligible()) {
            groupSizes.computeIfAbsent(request.group(), g -> new LongAdder()).increment();
          }
        }
      }
    }
    sort.addAll(done);
    requests.addAll(chunkRequests);
  }

  /**
   * Decides students in their order. A chunk may repeat an id (repeats are rejected later, when
   * the runs are merged), and an engine call may not, so repeats are decided in calls of their
   * own.
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

  /**
   * What merging the runs found.
   *
   * @param summary the counts of the students kept
   * @param riskRatios the disproportionality report
   * @param repeated the rejects of rows whose id an earlier row has
   * @param repeatedLines the lines of those rows
   */
  private record Merged(ScreeningSummary summary, List<RiskRatio> riskRatios,
      List<RejectedRow> repeated, Set<Long> repeatedLines) {}

  /** Merges the sorted runs into tiers.csv, family.csv and tier_history.csv. */
  private Merged merge(ExternalSort<ScreenedStudent> sort, OutputDirectory out)
      throws IOException {
    ScreeningSummary.Counter counter = new ScreeningSummary.Counter();
    Disproportionality.Tally tally = new Disproportionality.Tally(settings.equityColumns());
    List<RejectedRow> repeated = new ArrayList<>();
    Set<Long> repeatedLines = new HashSet<>();
    try (CsvOutput tiers = CsvOutput.create(out.file("tiers.csv"),
            ScreeningOutputs.TIERS_COLUMNS);
        CsvOutput family = CsvOutput.create(out.file("family.csv"),
            ScreeningOutputs.FAMILY_COLUMNS);
        HistoryWriter history = new HistoryWriter(settings.records(),
            out.file("tier_history.csv"))) {
      String previousId = null;
      for (Iterator<ScreenedStudent> it = sort.sorted(); it.hasNext(); ) {
        ScreenedStudent student = it.next();
        if (student.studentId().equals(previousId)) {
          var problem = StudentValidator.duplicateId(student.studentId());
          repeated.add(new RejectedRow(student.line(), student.studentId(), problem.column(),
              problem.toString(), settings.studentsFile()));
          repeatedLines.add(student.line());
          continue;
        }
        previousId = student.studentId();
        tiers.formattedRow(student.tiersRow());
        family.formattedRow(student.familyRow());
        history.student(student);
        counter.add(student);
        tally.add(subject(student));
      }
    }
    return new Merged(counter.summary(), tally.ratios(engine.policy()), repeated,
        repeatedLines);
  }

  private Disproportionality.Subject subject(ScreenedStudent student) {
    return new Disproportionality.Subject() {
      @Override
      public @Nullable String value(String column) {
        return student.demographics()[settings.equityColumns().indexOf(column)];
      }

      @Override
      public Tier tier() {
        return student.tier();
      }
    };
  }

  /**
   * Allocates the seats of the engine's services to the requests of the students kept, writing
   * recommendations.csv and unmet.csv; null without services. The group sizes give the plan
   * (less the requests of repeated rows, found in an extra pass only when there are some); the
   * requests then stream back in student-id order and take the plan's seats.
   */
  private @Nullable MatchingSummary match(ExternalSort<PendingRequest> requests,
      Set<Long> repeatedLines, OutputDirectory out) throws IOException {
    if (engine.services().isEmpty()) {
      return null;
    }
    Map<SeatPlan.Group, Integer> sizes = new HashMap<>();
    groupSizes.forEach((group, size) -> sizes.put(group, size.intValue()));
    if (!repeatedLines.isEmpty()) {
      for (Iterator<PendingRequest> it = requests.sorted(); it.hasNext(); ) {
        PendingRequest request = it.next();
        if (request.eligible() && repeatedLines.contains(request.line())) {
          sizes.merge(request.group(), -1, Integer::sum);
        }
      }
    }
    Map<String, Integer> capacities = new HashMap<>();
    engine.services().forEach(service -> capacities.put(service.id(), service.capacity()));
    SeatPlan.Assigner seats = SeatPlan.solve(sizes, capacities).assigner();
    try (MatchingOutputs.Writer writer = new MatchingOutputs.Writer(engine.services(), out)) {
      for (Iterator<PendingRequest> it = requests.sorted(); it.hasNext(); ) {
        PendingRequest request = it.next();
        if (repeatedLines.contains(request.line())) {
          continue;
        }
        String service = request.eligible() ? seats.seatFor(request.group()) : null;
        if (service != null) {
          writer.met(request, service);
        } else {
          writer.unmet(request,
              request.eligible() ? UnmetCause.CAPACITY : request.ineligibleCause());
        }
      }
      return writer.summary();
    }
  }

  /**
   * Writes tier_history.csv while the screened students go by in id order: the earlier history,
   * sorted by student and day, with each student's new entry after the entries up to the day of
   * the screen.
   */
  private static final class HistoryWriter implements AutoCloseable {
    private final List<TierHistoryEntry> earlier;
    private final CsvOutput csv;
    private final LocalDate day;
    private int next;

    HistoryWriter(TierRecords records, Path file) throws IOException {
      this.earlier = records.history();
      this.day = records.day();
      this.csv = CsvOutput.create(file, TierRecordsCsv.HISTORY_COLUMNS);
    }

    void student(ScreenedStudent student) throws IOException {
      String id = student.studentId();
      while (next < earlier.size() && (earlier.get(next).studentId().compareTo(id) < 0
          || earlier.get(next).studentId().equals(id) && !earlier.get(next).day().isAfter(day))) {
        csv.formattedRow(TierRecordsCsv.historyRow(earlier.get(next++)));
      }
      if (student.historyRow().length > 0) {
        csv.formattedRow(student.historyRow());
      }
    }

    @Override
    public void close() throws IOException {
      try (csv) {
        while (next < earlier.size()) {
          csv.formattedRow(TierRecordsCsv.historyRow(earlier.get(next++)));
        }
      }
    }
  }
}
