package io.github.mtss.examples.screening;

import io.github.mtss.core.SeatAllocation;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.InputFileException;
import io.github.mtss.examples.io.RejectedRow;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.rules.MtssEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param equityColumns the demographic columns the disproportionality report compares, in order
 * @param demographics each screened student's values in those columns, by student id (for the
 *     disproportionality report only; rules never see them)
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
    List<String> equityColumns,
    Map<String, Map<String, String>> demographics,
    @Nullable SeatAllocation allocation,
    MtssEngine engine,
    int threads,
    long elapsedMillis) {

  /**
   * Reads and screens a students file and places the students in tiers.
   *
   * @throws InputFileException when the file as a whole cannot be used
   */
  public static ScreeningRun of(MtssEngine engine, String studentsFile, StudentsSource source,
      int threads, TierRecords records, List<String> equityColumns) throws InputFileException {
    long start = System.nanoTime();
    CsvInput.Result<Student> read = source.read();
    long rowsRead = read.rowsRead();
    List<RejectedRow> rejects = new ArrayList<>(read.rejects());
    List<Student> students = read.rows().stream()
        .map(CsvInput.Row::value).collect(Collectors.toCollection(ArrayList::new));
    read = null; // the rows are now only in students, freed as they are screened
    Map<String, Map<String, String>> demographics = demographics(students, equityColumns);
    List<TierDecision> decisions;
    try (TerminalProgress progress = TerminalProgress.of("screening", students.size())) {
      decisions = ParallelScreening.screenAndRelease(engine, students, threads, progress::update);
    }
    List<TierPlacement> placements = records.place(decisions);
    SeatAllocation allocation = engine.services().isEmpty() ? null : engine.allocate(decisions);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    rejects.addAll(records.rejects());
    return new ScreeningRun(studentsFile, rowsRead, decisions, List.copyOf(rejects),
        placements, records.extendHistory(placements), List.copyOf(equityColumns),
        demographics, allocation, engine, threads, elapsed);
  }

  /** Reads the students of a screening, from a file or a stream. */
  @FunctionalInterface
  public interface StudentsSource {
    /** Reads the students; rejected rows are in the result. */
    CsvInput.Result<Student> read() throws InputFileException;
  }

  /**
   * The columns the disproportionality report compares by default, when present; never read by
   * the default rules.
   */
  public static final List<String> DEFAULT_EQUITY_COLUMNS = List.of("race_ethnicity", "race",
      "ethnicity", "sex", "gender", "ell", "frl", "income", "iep", "disability");

  private static Map<String, Map<String, String>> demographics(List<Student> students,
      List<String> columns) {
    Map<String, Map<String, String>> values = new HashMap<>();
    for (Student student : students) {
      Map<String, String> own = new LinkedHashMap<>();
      for (String column : columns) {
        String value = student.attributes().get(column);
        if (value != null && !value.isBlank()) {
          own.put(column, value.strip());
        }
      }
      if (!own.isEmpty()) {
        values.put(student.studentId(), own);
      }
    }
    return values;
  }

  /** Returns the demographic columns present for at least one screened student, in list order. */
  public List<String> demographicColumns() {
    return equityColumns.stream()
        .filter(c -> demographics.values().stream().anyMatch(m -> m.containsKey(c))).toList();
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
