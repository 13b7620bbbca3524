package io.github.mtss.batch;

import io.github.mtss.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 CSV file (RFC 4180, header row, optional byte-order mark) so that every data row
 * ends either as a value or as rejects naming its line, column and problem.
 *
 * <p>A file that cannot be used at all (empty, no header, a required column missing, not UTF-8)
 * raises {@link InputFileException}. A row with the wrong number of fields is rejected. A row the
 * CSV grammar cannot split (an unterminated quote, text after a closing quote) is rejected at the
 * line it starts on, and reading resumes on the next line in the same pass (the lines read since
 * the row started are kept), so one typo costs one row, not the rest of the file. Empty lines are
 * skipped and count in the line numbers.
 *
 * @param <T> what each valid row becomes
 */
public final class CsvInput<T> {

  /** Converts a row to a value, recording problems on the row; a row with problems is rejected. */
  @FunctionalInterface
  public interface RowMapper<T> {
    /** Returns the row's value; it is ignored when the row has problems. */
    @Nullable T map(CsvRow row);
  }

  /**
   * A valid row's value and the line it starts on.
   *
   * @param line the 1-based line
   * @param value the row's value
   * @param <T> the value type
   */
  public record Row<T>(long line, T value) {}

  /**
   * Everything read from one file.
   *
   * @param rows the valid rows in file order
   * @param rejects the problems of the rejected rows, in file order
   * @param rowsRead the number of data rows in the file
   * @param fileName the file's name as shown in messages
   * @param <T> the value type
   */
  public record Result<T>(List<Row<T>> rows, List<RejectedRow> rejects, long rowsRead,
      String fileName) {}

  /**
   * Receives the rows of a file as they are read, in file order, each either as a value or as
   * its problems.
   *
   * @param <T> the value type
   */
  public interface Sink<T> {
    /** Receives a valid row. */
    void accept(Row<T> row);

    /** Receives one problem of a rejected row (a row may have several). */
    void reject(RejectedRow problem);
  }

  private static final String STUDENT_ID = "student_id";
  private final String fileName;
  private final String idColumn;
  private final Collection<String> requiredColumns;
  private final RowMapper<T> mapper;

  /**
   * Creates a reader of a file whose rows are identified by their {@code student_id}.
   *
   * @param fileName the file's name as shown in messages
   * @param requiredColumns the columns the header must have
   * @param mapper converts each row
   */
  public CsvInput(String fileName, Collection<String> requiredColumns, RowMapper<T> mapper) {
    this(fileName, STUDENT_ID, requiredColumns, mapper);
  }

  /**
   * Creates a reader.
   *
   * @param fileName the file's name as shown in messages
   * @param idColumn the column that identifies a row, named in its rejects as {@code id}
   * @param requiredColumns the columns the header must have
   * @param mapper converts each row
   */
  public CsvInput(String fileName, String idColumn, Collection<String> requiredColumns,
      RowMapper<T> mapper) {
    this.fileName = fileName;
    this.idColumn = idColumn;
    this.requiredColumns = requiredColumns;
    this.mapper = mapper;
  }

  /**
   * Reads every row of the stream (held in memory, so that a line that is not UTF-8 can be found).
   *
   * @throws InputFileException when the file as a whole cannot be used
   */
  public Result<T> read(InputStream in) throws InputFileException {
    byte[] bytes = bytes(in);
    return read(() -> new ByteArrayInputStream(bytes));
  }

  private byte[] bytes(InputStream in) throws InputFileException {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InputFileException(fileName + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads every row of a file, streaming, handing each to {@code sink} as it is read; nothing
   * is kept.
   *
   * @return the number of data rows in the file
   * @throws InputFileException when the file as a whole cannot be used; rows already handed to
   *     the sink stay handed
   */
  public long stream(Path file, Sink<T> sink) throws InputFileException {
    return stream(() -> Files.newInputStream(file), sink);
  }

  /**
   * Reads every row of a stream like {@link #stream(Path, Sink)}, holding the stream's bytes (so
   * that a line that is not UTF-8 can be found).
   *
   * @return the number of data rows in the stream
   * @throws InputFileException when the input as a whole cannot be used
   */
  public long stream(InputStream in, Sink<T> sink) throws InputFileException {
    byte[] bytes = bytes(in);
    return stream(() -> new ByteArrayInputStream(bytes), sink);
  }

  /** Opens the input anew, from its first byte. */
  @FunctionalInterface
  private interface Source {
    InputStream open() throws IOException;
  }

  private Result<T> read(Source source) throws InputFileException {
    List<Row<T>> rows = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    long rowsRead = stream(source, new Sink<T>() {
      @Override
      public void accept(Row<T> row) {
        rows.add(row);
      }

      @Override
      public void reject(RejectedRow problem) {
        rejects.add(problem);
      }
    });
    return new Result<>(rows, rejects, rowsRead, fileName);
  }

  private long stream(Source source, Sink<T> sink) throws InputFileException {
    try (CsvLines lines = new CsvLines(source.open())) {
      Layout layout = new Layout(header(source, lines));
      long rowsRead = 0;
      long line = 2;
      while (line != Long.MAX_VALUE) {
        Segment segment = readFrom(source, lines, line, layout, sink);
        rowsRead += segment.rowsRead();
        line = segment.nextLine();
      }
      return rowsRead;
    } catch (CharacterCodingException e) {
      throw notUtf8(source, e);
    } catch (IOException e) {
      throw new InputFileException(fileName + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private record Segment(long rowsRead, long nextLine) {}

  /**
   * A file's header, each column's index and the format that parses its rows, made once per
   * file (the parser is made anew after each row the grammar refuses).
   */
  private record Layout(List<String> header, Map<String, Integer> positions, CSVFormat format) {
    Layout(List<String> header) {
      this(header, CsvRow.positions(header), CSVFormat.RFC4180.builder()
          .setHeader(header.toArray(String[]::new))
          .setSkipHeaderRecord(false)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setIgnoreEmptyLines(true)
          .get());
    }
  }

  /**
   * Parses rows from {@code firstLine} until the end, or until a row the grammar refuses, which
   * is rejected at the line it starts on; reading then resumes on the next line.
   */
  private Segment readFrom(Source source, CsvLines lines, long firstLine, Layout layout,
      Sink<T> sink) throws IOException, InputFileException {
    long rowsRead = 0;
    CSVParser parser = layout.format().parse(lines.from(firstLine));
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      long line = lines.firstFilled(firstLine + parser.getCurrentLineNumber());
      lines.forget(line);
      CsvLines.Ending unclosed = lines.unclosedQuote(line);
      if (unclosed != CsvLines.Ending.ROW_END) {
        sink.reject(unsplit(line, lines.text(line), layout.positions(), describe(unclosed)));
        return new Segment(rowsRead + 1, line + 1);
      }
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return new Segment(rowsRead, Long.MAX_VALUE);
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          throw notUtf8(source, e.getCause());
        }
        sink.reject(unsplit(line, lines.text(line), layout.positions(), describe(e)));
        return new Segment(rowsRead + 1, line + 1);
      }
      rowsRead++;
      readRow(CsvRow.of(record, layout.header(), layout.positions(), line),
          layout.header().size(), sink);
    }
  }

  private InputFileException notUtf8(Source source, Throwable cause) {
    return new InputFileException(fileName + ":" + firstBadLine(source)
        + ": not UTF-8 text (save the file as UTF-8)", cause);
  }

  /** Returns the line of the first byte sequence that is not UTF-8, 0 if it cannot be read. */
  private static long firstBadLine(Source source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream in = source.open()) {
      boolean end = false;
      while (!end) {
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = read < 0;
        bytes.position(bytes.position() + Math.max(0, read));
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        chars.flip();
        line += chars.chars().filter(c -> c == '\n').count();
        chars.clear();
        if (result.isError()) {
          return line;
        }
        bytes.compact();
      }
    } catch (IOException e) {
      return 0;
    }
    return line;
  }

  private void readRow(CsvRow row, int headerSize, Sink<T> sink) {
    if (!row.isConsistent()) {
      sink.reject(wholeRow(row, "row has " + row.size() + " fields, the header has "
          + headerSize));
      return;
    }
    T value;
    try {
      value = mapper.map(row);
    } catch (IllegalArgumentException | IllegalStateException e) {
      sink.reject(wholeRow(row, "row cannot be read: " + e.getMessage()));
      return;
    }
    if (row.problems().isEmpty() && value != null) {
      sink.accept(new Row<>(row.line(), value));
      return;
    }
    for (Problem problem : row.problems()) {
      sink.reject(RejectedRow.of(row.line(), cell(row, STUDENT_ID), cell(row, idColumn), problem,
          fileName));
    }
  }

  private RejectedRow wholeRow(CsvRow row, String problem) {
    return new RejectedRow(row.line(), cell(row, STUDENT_ID), "", problem, fileName,
        cell(row, idColumn), "");
  }

  /** The reject of a line the grammar cannot split: its ids as far as a split on commas goes. */
  private RejectedRow unsplit(long line, String text, Map<String, Integer> positions,
      String why) {
    String[] cells = text.split(",", -1);
    return new RejectedRow(line, cell(cells, positions.get(STUDENT_ID)), "",
        "row cannot be split into fields: " + why, fileName, cell(cells, positions.get(idColumn)),
        text);
  }

  private static String cell(CsvRow row, String column) {
    String text = row.text(column);
    return text == null ? "" : text;
  }

  private static String cell(String[] cells, @Nullable Integer position) {
    return position == null || position >= cells.length ? ""
        : cells[position].replace("\"", "").strip();
  }

  private List<String> header(Source source, CsvLines lines) throws InputFileException {
    List<String> header;
    try (CSVParser parser = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
        .setAllowMissingColumnNames(true)
        .get().parse(lines.from(1))) {
      header = parser.getHeaderNames();
    } catch (CharacterCodingException e) {
      throw notUtf8(source, e);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(source, e.getCause());
      }
      throw new InputFileException(fileName + ":1: bad header row: " + describe(e), e);
    }
    if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
      throw new InputFileException(fileName + ":1: empty file: expected a header row with "
          + String.join(", ", requiredColumns));
    }
    List<String> missing = new ArrayList<>(requiredColumns);
    missing.removeAll(header);
    if (!missing.isEmpty()) {
      throw new InputFileException(fileName + ":1: header lacks required column(s) "
          + String.join(", ", missing) + "; the header is: " + String.join(",", header));
    }
    return header;
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = String.valueOf(cause.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return describe(CsvLines.Ending.IN_QUOTES);
    }
    if (message.contains("nvalid char")) {
      return describe(CsvLines.Ending.TEXT_AFTER_QUOTE);
    }
    if (message.startsWith("The header contains a duplicate name")) {
      return message.replaceFirst("(?s)^[^\"]*(\"[^\"]*\").*", "column $1 appears twice");
    }
    return message;
  }

  private static String describe(CsvLines.Ending unsplit) {
    return unsplit == CsvLines.Ending.IN_QUOTES
        ? "unterminated quoted field (a \" opens and never closes)"
        : "text after a closing quote (write \"\" for a quote inside a quoted field)";
  }
}
