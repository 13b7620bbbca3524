package io.github.mtss.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows formatted for later writing are exactly what Commons CSV writes of the neutralised cells;
 * formula cells are neutralised and read back as they were.
 */
class CsvOutputTest {
  @Property(tries = 2000)
  void formatWritesWhatCommonsCsvWrites(@ForAll @Size(min = 1, max = 5) List<
      @StringLength(max = 5) @Chars({',', '"', '\n', '\r', ' ', '\t', '#', '!', 'a', 'Z', '9',
          'é', ';', '\\'}) String> cells) {
    Object[] row = cells.toArray();
    Object[] neutralised = cells.stream().map(CsvOutput::neutralised).toArray();
    assertThat(CsvOutput.format(row)).isEqualTo(CSVFormat.RFC4180.format(neutralised));
  }

  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=1+2|'=1+2", "+cmd|'+cmd", "-2+3|'-2+3", "@SUM(A1)|'@SUM(A1)", "`\tx`|`'\tx`",
      "-1.5|-1.5", "+3|+3", "-2e5|-2e5", "-|'-", "a=b|a=b", "''|''"})
  void formulaCellsAreNeutralisedAndReadBack(String cell, String written) {
    assertThat(CsvOutput.neutralised(cell)).isEqualTo(written);
    assertThat(CsvOutput.restored(written)).isEqualTo(cell);
  }
}
