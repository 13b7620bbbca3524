package io.github.mtss.examples.screening;

import io.github.mtss.core.SeatAllocation;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.InputFileException;
import io.github.mtss.examples.io.RejectedRow;
import io.github.mtss.examples.io.StudentCsv;
import io.github.mtss.rules.MtssEngine;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One screening of a students file: what was read, rejected and decided, with the engine that
 * decided it and how long it took. Every data row of the file is either decided or rejected.
 *
 * @param studentsFile the students file's name as given
 * @param rowsRead the data rows in the file
 * @param decisions one decision per accepted row, sorted by student id
 * @param rejects the problems of the rejected rows, in file order
 * @param placements the tier each screened student is placed in, in the decisions' order
 * @param history the tier history including this screen's placements
 * @param allocation the seats of the engine's services given to needs, or {@code null} when
 *     the engine has no services
 * @param engine the engine that screened
 * @param threads the number of threads used
 * @param elapsedMillis wall-clock time from reading to the last decision
 */
public record ScreeningRun(
    String studentsFile,
    long rowsRead,
    List<TierDecision> decisions,
    List<RejectedRow> rejects,
    List<TierPlacement> placements,
    List<TierHistoryEntry> history,
    @Nullable SeatAllocation allocation,
    MtssEngine engine,
    int threads,
    long elapsedMillis) {

  /**
   * Reads and screens a students file and places the students in tiers.
   *
   * @throws InputFileException when the file as a whole cannot be used
   */
  public static ScreeningRun of(MtssEngine engine, String studentsFile, InputStream in,
      int threads, TierRecords records) throws InputFileException {
    long start = System.nanoTime();
    CsvInput.Result<Student> read = StudentCsv.read(studentsFile, in);
    List<Student> students = read.rows().stream()
        .map(CsvInput.Row::value).collect(Collectors.toCollection(ArrayList::new));
    List<TierDecision> decisions = ParallelScreening.screen(engine, students, threads);
    List<TierPlacement> placements = records.place(decisions);
    SeatAllocation allocation = engine.services().isEmpty() ? null : engine.allocate(decisions);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    List<RejectedRow> rejects = new ArrayList<>(read.rejects());
    rejects.addAll(records.rejects());
    return new ScreeningRun(studentsFile, read.rowsRead(), decisions, List.copyOf(rejects),
        placements, records.extendHistory(placements), allocation, engine, threads, elapsed);
  }

  /** Returns the number of distinct rows of the students file rejected. */
  public long rowsRejected() {
    return rejects.stream().filter(r -> r.file().equals(studentsFile))
        .mapToLong(RejectedRow::line).distinct().count();
  }

  /** Returns the counts of the decisions, by placed tier. */
  public ScreeningSummary summary() {
    return ScreeningSummary.of(decisions, placements);
  }
}
