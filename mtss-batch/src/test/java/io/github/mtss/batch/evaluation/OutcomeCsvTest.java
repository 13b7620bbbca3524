package io.github.mtss.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading outcomes.csv: 1 or 0, or a reject naming line, column and value. */
class OutcomeCsvTest {
  private static CsvInput.Result<Outcome> read(String text, String column)
      throws InputFileException {
    return OutcomeCsv.read("outcomes.csv", new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), column);
  }

  @Test
  void readsOnesAndZerosUnderTheNamedColumn() throws Exception {
    CsvInput.Result<Outcome> read = read(
        "student_id,not_graduated_on_time\ns1,1\ns2,0\n", "not_graduated_on_time");

    assertThat(read.rows()).extracting(CsvInput.Row::value)
        .containsExactly(new Outcome("s1", true), new Outcome("s2", false));
    assertThat(read.rejects()).isEmpty();
  }

  @Test
  void aBadValueAMissingOneAndARepeatedIdAreRejectedWithLineAndColumn() throws Exception {
    CsvInput.Result<Outcome> read = read(
        "student_id,outcome\ns1,1\ns2,yes\ns3,\ns1,0\ns4,2\n", "outcome");

    assertThat(read.rows()).extracting(r -> r.value().studentId()).containsExactly("s1");
    assertThat(read.rejects()).extracting(RejectedRow::line, RejectedRow::column,
        RejectedRow::value).containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "outcome", "yes"),
            org.assertj.core.groups.Tuple.tuple(4L, "outcome", ""),
            org.assertj.core.groups.Tuple.tuple(5L, "student_id", "s1"),
            org.assertj.core.groups.Tuple.tuple(6L, "outcome", "2"));
    assertThat(read.rejects().get(0).problem())
        .contains("must be 1 (the outcome happened) or 0 (it did not)");
  }

  @Test
  void aFileWithoutTheOutcomeColumnIsUnusable() {
    assertThatThrownBy(() -> read("student_id,outcome\ns1,1\n", "dropped_out"))
        .isInstanceOf(InputFileException.class).hasMessageContaining("dropped_out");
  }
}
