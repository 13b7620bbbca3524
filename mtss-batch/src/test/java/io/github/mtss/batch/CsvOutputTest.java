package io.github.mtss.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;

/** Rows formatted for later writing are exactly what Commons CSV writes. */
class CsvOutputTest {
  @Property(tries = 2000)
  void formatWritesWhatCommonsCsvWrites(@ForAll @Size(min = 1, max = 5) List<
      @StringLength(max = 5) @Chars({',', '"', '\n', '\r', ' ', '\t', '#', '!', 'a', 'Z', '9',
          'é', ';', '\\'}) String> cells) {
    Object[] row = cells.toArray();
    assertThat(CsvOutput.format(row)).isEqualTo(CSVFormat.RFC4180.format(row));
  }
}
