package io.github.mtss.batch;

import io.github.mtss.core.equity.RiskRatio;
import io.github.mtss.rules.MtssEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One screening of a students file by the CSV sink of {@link BatchScreen}, after its files are
 * written: what was read, rejected and decided, with the engine that decided it and how long it
 * took. Every data row of the file is
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

  /** Returns the number of students screened. */
  public long rowsScreened() {
    return summary.students();
  }

  /** Returns the number of distinct rows of the students file rejected. */
  public long rowsRejected() {
    return rejects.stream().filter(r -> r.file().equals(studentsFile))
        .mapToLong(RejectedRow::line).distinct().count();
  }

  /**
   * Returns the number of distinct rows rejected in each input file: the students file first
   * (even when none of its rows is), then the other files in the order of their rejects.
   */
  public Map<String, Long> rowsRejectedByFile() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(studentsFile, rowsRejected());
    rejects.stream().filter(r -> !r.file().equals(studentsFile))
        .collect(Collectors.groupingBy(RejectedRow::file, LinkedHashMap::new,
            Collectors.mapping(RejectedRow::line, Collectors.toSet())))
        .forEach((file, lines) -> counts.put(file, (long) lines.size()));
    return counts;
  }
}
