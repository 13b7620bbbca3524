package io.github.mtss.batch.evaluation;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.CsvRow;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.InputFiles;
import io.github.mtss.core.Problem;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code outcomes.csv}: a header with {@code student_id} and the outcome's column
 * ({@code outcome} by default, or a name such as {@code not_graduated_on_time}), then one row per
 * student whose value is {@code 1} (the outcome happened) or {@code 0} (it did not). Any other
 * value, a missing one or a repeated student id rejects the row, naming its line, column and
 * value; the first row of a repeated id is kept.
 */
public final class OutcomeCsv {
  /** The outcome column read when none is named. */
  public static final String DEFAULT_COLUMN = "outcome";
  private static final String STUDENT_ID = "student_id";

  private OutcomeCsv() {}

  /** Returns a reader of outcome files whose outcome is in {@code column}. */
  public static InputFiles.Reader<Outcome> reader(String column) {
    return (fileName, in) -> read(fileName, in, column);
  }

  /**
   * Reads every row of an outcomes file.
   *
   * @param fileName the name shown in messages
   * @param column the outcome's column
   * @throws InputFileException when the file as a whole cannot be used (no such column, say)
   */
  public static CsvInput.Result<Outcome> read(String fileName, InputStream in, String column)
      throws InputFileException {
    Set<String> seen = new HashSet<>();
    return new CsvInput<Outcome>(fileName, List.of(STUDENT_ID, column),
        row -> outcome(row, column, seen)).read(in);
  }

  private static @Nullable Outcome outcome(CsvRow row, String column, Set<String> seen) {
    String id = row.required(STUDENT_ID);
    String value = row.text(column);
    Boolean happened = null;
    if (value == null) {
      row.required(column);
    } else if (value.equals("1") || value.equals("0")) {
      happened = value.equals("1");
    } else {
      row.addProblem(Problem.of(column, value,
          "must be 1 (the outcome happened) or 0 (it did not)"));
    }
    if (happened != null && !id.isEmpty() && !seen.add(id)) {
      row.addProblem(Problem.of(STUDENT_ID, id,
          "duplicate student id; the first row with this id is kept"));
    }
    return row.problems().isEmpty() && happened != null ? new Outcome(id, happened) : null;
  }
}
