package io.github.mtss.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The spark-submit entry point refuses bad arguments in one line, before starting Spark. */
class SparkScreenMainTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SparkScreenMain.run(args, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String error() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownOptionIsNamedWithTheUsage() {
    assertThat(run("--students", "s.csv", "--out", "o", "--threads", "4")).isEqualTo(2);
    assertThat(error()).startsWith("mtss-spark: unknown option --threads; usage: --students FILE")
        .hasLineCount(1);
  }

  @Test
  void studentsAndOutAreRequired() {
    assertThat(run("--students", "s.csv")).isEqualTo(2);
    assertThat(error()).contains("--students and --out are required").hasLineCount(1);
  }

  @Test
  void aFormatOtherThanParquetOrCsvIsRefused() {
    assertThat(run("--students", "s.csv", "--out", "o", "--format", "json")).isEqualTo(2);
    assertThat(error()).contains("--format must be parquet or csv, was 'json'");
  }

  @Test
  void aPartitionSizeMustBeAPositiveNumber() {
    assertThat(run("--students", "s.csv", "--out", "o", "--partition-mb", "0")).isEqualTo(2);
    assertThat(error()).contains("--partition-mb must be a positive number, was '0'");
  }

  @Test
  void anOptionWithoutItsValueIsNamed() {
    assertThat(run("--students")).isEqualTo(2);
    assertThat(error()).contains("--students needs a value");
  }
}
