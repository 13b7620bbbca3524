package io.github.mtss.batch.internal;

import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.MatchingSummary;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.ScreenedStudent;
import io.github.mtss.batch.ScreeningRun;
import io.github.mtss.batch.ScreeningSink;
import io.github.mtss.batch.ScreeningSummary;
import io.github.mtss.batch.TierRecords;
import io.github.mtss.batch.TierRecordsCsv;
import io.github.mtss.core.StudentValidator;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.core.allocation.SeatRequest;
import io.github.mtss.core.allocation.SeatRequests;
import io.github.mtss.core.equity.Disproportionality;
import io.github.mtss.core.equity.RiskRatio;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import com.google.common.collect.Iterators;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The CSV sink: writes a screening's files into a directory, all or none. Each screened chunk is
 * turned at once into its output rows and its seat requests. The rows gather in an
 * {@link ExternalSort} by student id and line, which spills sorted runs to disk; merging the runs
 * writes tiers.csv, family.csv and tier_history.csv in id order, finds repeated ids as neighbours
 * (the first row by line is kept) and counts the summary.
 *
 * <p>Seat requests go to a second external sort, by student id and need, and only the size of
 * each group of interchangeable requests stays in memory: the smallest state that keeps the
 * allocation optimal ({@link SeatPlan}). Once the plan is solved, the requests stream back in
 * student-id order through {@link SeatPlan#assign}. What stays in memory for the whole run is
 * those group sizes, the problems of rejected rows, and the overrides, plans and history files.
 * The output does not depend on the thread count, the limits or the order of the rows: every
 * order used is total.
 */
public final class CsvDirectorySink implements ScreeningSink<ScreeningRun> {
  /**
   * What the files say besides the students.
   *
   * @param engine the engine that screens, with its services and policy
   * @param records overrides, plans and history, whose history is written anew
   * @param equityColumns the demographic columns the disproportionality report compares
   * @param threads the number of screening threads, reported in summary.json
   * @param studentsFile the students source's name
   */
  public record Settings(MtssEngine engine, TierRecords records, List<String> equityColumns,
      int threads, String studentsFile) {}

  /** Every file a screening may write (recommendations.csv and unmet.csv with services). */
  static final List<String> FILES = List.of("tiers.csv", "family.csv", "tier_history.csv",
      "recommendations.csv", "unmet.csv", "rejects.csv", "summary.json");
  private final Settings settings;
  private final OutputDirectory out;
  private final ExternalSort<StudentRecord> sort;
  private final ExternalSort<PendingRequest> requests;
  private final List<RejectedRow> rejects = new ArrayList<>();
  private final Set<String> overriddenSeen = new HashSet<>();
  private final Map<SeatPlan.Group, LongAdder> groupSizes = new ConcurrentHashMap<>();
  private final long start = System.nanoTime();

  private CsvDirectorySink(Settings settings, OutputDirectory out, int runSize)
      throws IOException {
    this.settings = settings;
    this.out = out;
    this.sort = new ExternalSort<>(out.scratch(), StudentRecord.ORDER, StudentRecord.CODEC,
        runSize);
    this.requests = new ExternalSort<>(out.scratch(), PendingRequest.ORDER,
        PendingRequest.CODEC, runSize);
  }

  /**
   * Prepares to write into {@code directory}, sorting {@code runSize} records in memory at a
   * time.
   */
  public static CsvDirectorySink open(Settings settings, int runSize, Path directory)
      throws IOException {
    OutputDirectory out = OutputDirectory.open(directory, FILES);
    try {
      return new CsvDirectorySink(settings, out, runSize);
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  @Override
  public void screened(List<ScreenedStudent> chunk) throws IOException {
    List<StudentRecord> done = new ArrayList<>(chunk.size());
    List<PendingRequest> chunkRequests = new ArrayList<>();
    boolean matching = !settings.engine().services().isEmpty();
    for (ScreenedStudent student : chunk) {
      TierHistoryEntry entry = student.historyEntry();
      done.add(StudentRecord.of(student.line(), student.decision(), student.placement(),
          student.student().attributes(), settings.equityColumns(),
          entry == null ? "" : TierRecordsCsv.historyRow(entry)));
      if (matching) {
        chunkRequests.addAll(requests(student));
      }
    }
    sort.addAll(done);
    requests.addAll(chunkRequests);
  }

  private List<PendingRequest> requests(ScreenedStudent student) {
    List<PendingRequest> pending = new ArrayList<>();
    for (SeatRequest seat : SeatRequests.of(student.decision(), settings.engine().policy())) {
      pending.add(new PendingRequest(seat, student.line(), student.decision().tier(),
          student.decision().needs().get(seat.need())));
      seat.group().ifPresent(group ->
          groupSizes.computeIfAbsent(group, g -> new LongAdder()).increment());
    }
    return pending;
  }

  @Override
  public void rejected(RejectedRow problem) {
    rejects.add(problem);
  }

  @Override
  public ScreeningRun finish(long rowsRead) throws IOException {
    Map<String, Long> phases = new LinkedHashMap<>();
    phases.put("read_and_screen", millisSince(start));
    long matchingStart = System.nanoTime();
    Future<MatchingSummary> early = matchWhileMerging();
    Merged merged;
    try {
      merged = merge();
    } catch (IOException | RuntimeException e) {
      awaitAfterFailure(early, e);
      throw e;
    }
    phases.put("sort_and_write", millisSince(start) - phases.get("read_and_screen"));
    MatchingSummary matching = joinMatching(early);
    if (matching != null && !merged.repeatedLines().isEmpty()) {
      matching = match(merged.repeatedLines());
    }
    phases.put("allocate_and_write", matching == null ? 0 : millisSince(matchingStart));
    closeSorts();
    ScreeningRun run = new ScreeningRun(settings.studentsFile(), rowsRead,
        allRejects(merged), merged.summary(), merged.riskRatios(), matching, settings.engine(),
        settings.threads(), millisSince(start), phases);
    RejectedRow.write(out.file("rejects.csv"), run.rejects());
    ScreeningOutputs.writeSummary(run, out.fingerprints(), out.file("summary.json"));
    out.commit();
    return run;
  }

  /** Removes the sorts' runs, then the staging directory unless the files were committed. */
  @Override
  public void close() throws IOException {
    try (out) {
      closeSorts();
    }
  }

  private void closeSorts() throws IOException {
    try (ExternalSort<StudentRecord> students = sort;
        ExternalSort<PendingRequest> seats = requests) {
      // both sorts closed, even when one fails
    }
  }

  /**
   * The students file's rejects in line order, the repeated rows among them, then the rest, and
   * last the overrides of students the file lacks.
   */
  private List<RejectedRow> allRejects(Merged merged) {
    List<RejectedRow> all = new ArrayList<>(rejects);
    all.addAll(merged.repeated());
    all.sort(Comparator.comparingLong(RejectedRow::line));
    all.addAll(settings.records().rejects());
    all.addAll(settings.records().overridesOfUnknownStudents(overriddenSeen));
    return List.copyOf(all);
  }

  /**
   * Starts matching every request on a thread of its own while the students are merged: the
   * merge only rarely finds repeated rows, and when it does, the matching is done again without
   * their requests (writing its files anew).
   */
  private Future<MatchingSummary> matchWhileMerging() {
    FutureTask<MatchingSummary> task = new FutureTask<>(() -> match(Set.of()));
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
  private Merged merge() throws IOException {
    ScreeningCounter counter = new ScreeningCounter();
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
      for (Iterator<StudentRecord> it = sort.sorted(); it.hasNext(); ) {
        StudentRecord student = it.next();
        if (student.studentId().equals(previousId)) {
          var problem = StudentValidator.duplicateId(student.studentId());
          repeated.add(RejectedRow.of(student.line(), student.studentId(), student.studentId(),
              problem, settings.studentsFile()));
          repeatedLines.add(student.line());
          continue;
        }
        previousId = student.studentId();
        if (settings.records().hasOverride(previousId)) {
          overriddenSeen.add(previousId);
        }
        tiers.formattedRow(student.tiersRow());
        family.formattedRow(student.familyRow());
        history.student(student);
        counter.add(student);
        tally.add(subject(student));
      }
    }
    return new Merged(counter.summary(), tally.ratios(settings.engine().policy()), repeated,
        repeatedLines);
  }

  private Disproportionality.Subject subject(StudentRecord student) {
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
   * requests then stream back in student-id order through the plan's assign loop.
   */
  private @Nullable MatchingSummary match(Set<Long> repeatedLines) throws IOException {
    MtssEngine engine = settings.engine();
    if (engine.services().isEmpty()) {
      return null;
    }
    SeatPlan plan = SeatPlan.solve(sizesWithout(repeatedLines),
        SeatPlan.capacities(engine.services()));
    try (MatchingOutputs.Writer writer = new MatchingOutputs.Writer(engine.services(), out)) {
      plan.assign(Iterators.filter(requests.sorted(), r -> !repeatedLines.contains(r.line())),
          PendingRequest::seat, writer);
      return writer.summary();
    }
  }

  /** Returns the size of each group, less the requests on {@code repeatedLines}. */
  private Map<SeatPlan.Group, Integer> sizesWithout(Set<Long> repeatedLines) throws IOException {
    Map<SeatPlan.Group, Integer> sizes = new HashMap<>();
    groupSizes.forEach((group, size) -> sizes.put(group, size.intValue()));
    if (!repeatedLines.isEmpty()) {
      for (Iterator<PendingRequest> it = requests.sorted(); it.hasNext(); ) {
        PendingRequest request = it.next();
        if (repeatedLines.contains(request.line())) {
          request.seat().group().ifPresent(group -> sizes.merge(group, -1, Integer::sum));
        }
      }
    }
    return sizes;
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

    void student(StudentRecord student) throws IOException {
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
