package io.github.mtss.interop.edfi.internal;

import io.github.mtss.batch.InputFileException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The district's supplement: a CSV with {@code student_id} and any students.csv columns (needs,
 * family availability, literacy support, or a value to override), whose non-empty cells fill
 * or replace what Ed-Fi gave.
 */
final class Supplement {
  private static final String ID = "student_id";
  private final List<String> columns;
  private final Map<String, Map<String, String>> rows;
  private final Map<String, Long> lines;
  private final String file;

  private Supplement(String file, List<String> columns, Map<String, Map<String, String>> rows,
      Map<String, Long> lines) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
    this.lines = lines;
  }

  static Supplement none() {
    return new Supplement("", List.of(), Map.of(), Map.of());
  }

  /**
   * Reads the supplement; a repeated student is rejected in {@code ledger}.
   *
   * @throws InputFileException when the file is missing, unreadable or has no student_id
   */
  static Supplement read(Path path, Ledger ledger) throws InputFileException {
    String file = path.toString();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setTrim(true).get();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      List<String> header = new ArrayList<>(parser.getHeaderNames());
      if (!header.contains(ID)) {
        throw new InputFileException(file + ":1: the supplement needs a student_id column");
      }
      header.remove(ID);
      Map<String, Map<String, String>> rows = new HashMap<>();
      Map<String, Long> lines = new HashMap<>();
      for (CSVRecord record : parser) {
        String student = record.get(ID);
        long line = record.getParser().getCurrentLineNumber();
        if (rows.containsKey(student)) {
          ledger.reject("supplement", file, line, record.getRecordNumber(), student,
              "student_id repeated: the first row (line " + lines.get(student) + ") is used");
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        header.forEach(c -> {
          String value = record.isSet(c) ? record.get(c) : "";
          if (!value.isEmpty()) {
            cells.put(c, value);
          }
        });
        rows.put(student, cells);
        lines.put(student, line);
      }
      return new Supplement(file, List.copyOf(header), rows, lines);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  List<String> columns() {
    return columns;
  }

  /** Fills or replaces the cells of a student's row; returns whether the student was in it. */
  boolean apply(String student, Map<String, String> cells) {
    Map<String, String> row = rows.get(student);
    if (row != null) {
      cells.putAll(row);
    }
    return row != null;
  }

  /** Rejects the rows of students the import does not know. */
  void rejectUnknown(java.util.Set<String> known, Ledger ledger) {
    rows.keySet().stream().filter(s -> !known.contains(s)).sorted((a, b) ->
        Long.compare(lines.get(a), lines.get(b))).forEach(s -> ledger.reject("supplement",
            file, lines.get(s), lines.get(s) - 1, s, "no such student in the Ed-Fi input "
            + "(no enrolment of the year begun by the import day)"));
  }
}
