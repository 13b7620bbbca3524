package io.github.mtss.batch;

import io.github.mtss.core.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * One problem with one input row, as written to {@code rejects.csv}: the row's line in the file,
 * the student it concerns, the column at fault, what is wrong, the file, the row's own id and the
 * value at fault.
 *
 * @param line the 1-based line where the row starts
 * @param studentId the student the row concerns (its {@code student_id} cell), empty when the
 *     file has no such column (partners, progress points) or the cell could not be read
 * @param column the column at fault, empty when the problem concerns the whole row
 * @param problem what is wrong, naming the value
 * @param file the input file the row is in
 * @param id the row's identifier in its file's id column ({@code student_id},
 *     {@code service_id}, {@code plan_id}, {@code intervention_id}), empty when unknown
 * @param value the value at fault as written (the line's text for a row that cannot be split
 *     into fields), empty when it is missing or the problem concerns the whole row
 */
public record RejectedRow(long line, String studentId, String column, String problem,
    String file, String id, String value) {

  /** Orders rejects by line, then column, then problem. */
  public static final Comparator<RejectedRow> IN_FILE_ORDER = Comparator
      .comparingLong(RejectedRow::line)
      .thenComparing(RejectedRow::column)
      .thenComparing(RejectedRow::problem);

  /** Returns the reject of one problem of a row: its column, message and value. */
  public static RejectedRow of(long line, String studentId, String id, Problem problem,
      String file) {
    String value = problem.value();
    return new RejectedRow(line, studentId, problem.column(), problem.toString(), file, id,
        value == null ? "" : value);
  }

  /** Writes {@code rejects.csv}: line, student_id, column, problem, file, id, value. */
  public static void write(Path target, List<RejectedRow> rejects) throws IOException {
    try (CsvOutput csv = CsvOutput.create(target,
        ScreeningRows.REJECTS_COLUMNS.toArray(String[]::new))) {
      for (RejectedRow r : rejects) {
        csv.formattedRow(ScreeningRows.reject(r));
      }
    }
  }
}
