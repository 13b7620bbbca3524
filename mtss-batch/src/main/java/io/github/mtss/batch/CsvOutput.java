package io.github.mtss.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * Writes the CSV outputs of {@code shared/formats.md}: UTF-8, RFC 4180 quoting, a header row,
 * {@code ;} between the items of a list cell. Every cell goes through {@link #neutralised}: a
 * spreadsheet would run a cell starting with {@code = + - @}, tab or CR as a formula, so such a
 * cell (other than a number) is written with a leading {@code '} (the OWASP advice).
 */
public final class CsvOutput implements AutoCloseable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final byte[] LINE_BREAK =
      FORMAT.getRecordSeparator().getBytes(StandardCharsets.UTF_8);
  private final OutputStream out;

  private CsvOutput(OutputStream out) {
    this.out = out;
  }

  /** Creates {@code file} and writes the header row. */
  public static CsvOutput create(Path file, String... header) throws IOException {
    CsvOutput csv = new CsvOutput(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    csv.row((Object[]) header);
    return csv;
  }

  /** Writes one row. */
  public void row(Object... cells) throws IOException {
    formattedRow(format(cells));
  }

  /**
   * Returns one row as the text {@link #row} would write, without the line break: to format
   * rows on several threads and write them later with {@link #formattedRow}.
   */
  public static String format(Object... cells) {
    return formatRow(cells);
  }

  private static final ThreadLocal<StringBuilder> ROW =
      ThreadLocal.withInitial(() -> new StringBuilder(256));

  private static String formatRow(Object... cells) {
    StringBuilder row = ROW.get();
    row.setLength(0);
    try {
      for (int i = 0; i < cells.length; i++) {
        String value = cells[i] == null ? "" : neutralised(cells[i].toString());
        if (plain(value, i == 0)) {
          row.append(i == 0 ? "" : FORMAT.getDelimiterString()).append(value);
        } else {
          FORMAT.print(value, row, i == 0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: printing into memory", e);
    }
    return row.toString();
  }

  /**
   * Returns {@code value} as a spreadsheet shows it without running it: with a leading {@code '}
   * when it starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR and is not a number
   * such as {@code -1.5}.
   */
  static String neutralised(String value) {
    boolean formula = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
        && !NUMBER.matcher(value).matches();
    return formula ? "'" + value : value;
  }

  /**
   * Returns a cell of a file this class wrote as it was before {@link #neutralised}: for the
   * outputs read back as inputs (tier_history.csv).
   */
  static @Nullable String restored(@Nullable String cell) {
    boolean prefixed = cell != null && cell.length() > 1 && cell.charAt(0) == '\''
        && !neutralised(cell.substring(1)).equals(cell.substring(1));
    return prefixed ? cell.substring(1) : cell;
  }

  /**
   * Returns whether Commons CSV writes a value as it is (its minimal quoting): no quote, comma or
   * line break, and neither a first character up to {@code #} nor a last one up to a space. A
   * value that needs quotes is printed by Commons CSV itself.
   */
  private static boolean plain(String value, boolean firstInRow) {
    int length = value.length();
    if (length == 0) {
      return !firstInRow;
    }
    if (value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == ',' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** Writes one row formatted by {@link #format}. */
  public void formattedRow(String row) throws IOException {
    formattedRow(row.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes one row formatted by {@link #format} and encoded in UTF-8. */
  public void formattedRow(byte[] row) throws IOException {
    out.write(row);
    out.write(LINE_BREAK);
  }

  /** Joins the items of a list cell with {@code ;}. */
  public static String list(Collection<?> items) {
    return list(items, String::valueOf);
  }

  /** Joins the text of each item of a list cell with {@code ;}. */
  public static <T> String list(Collection<T> items, Function<? super T, String> text) {
    StringJoiner joined = new StringJoiner(";");
    for (T item : items) {
      joined.add(text.apply(item));
    }
    return joined.toString();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
