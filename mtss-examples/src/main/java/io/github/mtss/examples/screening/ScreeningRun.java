package io.github.mtss.examples.screening;

import io.github.mtss.core.equity.RiskRatio;
import io.github.mtss.core.Student;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.InputFileException;
import io.github.mtss.examples.io.RejectedRow;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One screening of a students file, after its files are written: what was read, rejected and
 * decided, with the engine that decided it and how long it took. Every data row of the file is
 * either screened or rejected. The decisions themselves are in the files, not here: a screening
 * streams its students, so it can screen a file of any length in bounded memory.
 *
 * @param studentsFile the students file's name as given
 * @param rowsRead the data rows in the file
 * @param rejects the problems of the rejected rows: the students file's in line order, then
 *     those of the other input files
 * @param summary the counts of the screened students, by the tier each is placed in
 * @param riskRatios the disproportionality report of the equity columns present
 * @param matching what the optimal allocation of the engine's services achieved, or
 *     {@code null} when the engine has no services
 * @param engine the engine that screened
 * @param threads the number of screening threads
 * @param elapsedMillis wall-clock time from reading to the last seat allocated
 * @param phaseMillis wall-clock time of each phase: reading and screening, sorting and writing
 *     the per-student files, allocating seats and writing the recommendations
 */
public record ScreeningRun(
    String studentsFile,
    long rowsRead,
    List<RejectedRow> rejects,
    ScreeningSummary summary,
    List<RiskRatio> riskRatios,
    @Nullable MatchingSummary matching,
    MtssEngine engine,
    int threads,
    long elapsedMillis,
    Map<String, Long> phaseMillis) {

  /**
   * The columns the disproportionality report compares by default, when present; never read by
   * the default rules.
   */
  public static final List<String> DEFAULT_EQUITY_COLUMNS = List.of("race_ethnicity", "race",
      "ethnicity", "sex", "gender", "ell", "frl", "income", "iep", "disability");

  /** Streams the students of a screening, from a file or a stream. */
  @FunctionalInterface
  public interface StudentsSource {
    /**
     * Hands every student or rejected row to {@code sink}, in file order.
     *
     * @return the number of data rows read
     */
    long stream(CsvInput.Sink<Student> sink) throws InputFileException;
  }

  /**
   * What a screening reads besides the students.
   *
   * @param studentsFile the students file's name as shown in outputs and messages
   * @param records overrides, plans and history for placing students in tiers
   * @param equityColumns the demographic columns the disproportionality report compares
   * @param threads the number of screening threads, at least 1
   */
  public record Settings(String studentsFile, TierRecords records, List<String> equityColumns,
      int threads) {
    /** Checks the thread count. */
    public Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      equityColumns = List.copyOf(equityColumns);
    }
  }

  /**
   * Screens the students of {@code source}, places them in tiers, allocates the engine's
   * services, and writes every output file into {@code out}, all or none.
   *
   * @throws InputFileException when an input file as a whole cannot be used; nothing is written
   */
  public static ScreeningRun screen(MtssEngine engine, StudentsSource source, Settings settings,
      Path out) throws IOException, InputFileException {
    return new StreamingScreen(engine, settings, StreamingScreen.Limits.fromSystemProperties())
        .run(source, out);
  }

  /** Returns the number of students screened. */
  public long rowsScreened() {
    return summary.students();
  }

  /** Returns the number of distinct rows of the students file rejected. */
  public long rowsRejected() {
    return rejects.stream().filter(r -> r.file().equals(studentsFile))
        .mapToLong(RejectedRow::line).distinct().count();
  }
}
