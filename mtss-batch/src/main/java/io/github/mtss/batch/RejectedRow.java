package io.github.mtss.batch;

import java.util.Comparator;

/**
 * One problem with one input row, as written to {@code rejects.csv}: the row's line in the file,
 * its student id if it could be read, the column at fault and what is wrong.
 *
 * @param line the 1-based line where the row starts
 * @param studentId the row's student id, empty when unknown
 * @param column the column at fault, empty when the problem concerns the whole row
 * @param problem what is wrong, naming the value
 * @param file the input file the row is in
 */
public record RejectedRow(long line, String studentId, String column, String problem,
    String file) {

  /** Writes {@code rejects.csv}: line, student_id, column, problem, file. */
  public static void write(java.nio.file.Path target, java.util.List<RejectedRow> rejects)
      throws java.io.IOException {
    try (CsvOutput csv = CsvOutput.create(target, "line", "student_id", "column", "problem",
        "file")) {
      for (RejectedRow r : rejects) {
        csv.row(r.line(), r.studentId(), r.column(), r.problem(), r.file());
      }
    }
  }

  /** Orders rejects by line, then column, then problem. */
  public static final Comparator<RejectedRow> IN_FILE_ORDER = Comparator
      .comparingLong(RejectedRow::line)
      .thenComparing(RejectedRow::column)
      .thenComparing(RejectedRow::problem);
}
