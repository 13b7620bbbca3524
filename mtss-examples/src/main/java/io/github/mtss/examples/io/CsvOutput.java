package io.github.mtss.examples.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV outputs of {@code shared/formats.md}: UTF-8, RFC 4180 quoting, a header row,
 * {@code ;} between the items of a list cell.
 */
public final class CsvOutput implements AutoCloseable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private final CSVPrinter printer;

  private CsvOutput(CSVPrinter printer) {
    this.printer = printer;
  }

  /** Creates {@code file} and writes the header row. */
  public static CsvOutput create(Path file, String... header) throws IOException {
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CsvOutput(FORMAT.builder().setHeader(header).get().print(writer));
  }

  /** Writes one row. */
  public void row(Object... cells) throws IOException {
    printer.printRecord(cells);
  }

  /**
   * Returns one row as the text {@link #row} would write, without the line break: to format
   * rows on several threads and write them later with {@link #formattedRow}.
   */
  public static String format(Object... cells) {
    return FORMAT.format(cells);
  }

  /** Writes one row formatted by {@link #format}. */
  public void formattedRow(String row) throws IOException {
    printer.getOut().append(row).append(FORMAT.getRecordSeparator());
  }

  /** Joins the items of a list cell with {@code ;}. */
  public static String list(Collection<?> items) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(";"));
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
