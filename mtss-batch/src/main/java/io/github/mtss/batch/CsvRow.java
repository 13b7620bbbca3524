package io.github.mtss.batch;

import io.github.mtss.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a CSV file with typed accessors. An empty cell is an unknown value
 * ({@code null}); a value that cannot be read adds a {@link Problem} naming the column and value
 * and also reads as {@code null}, so one pass finds every problem of the row.
 */
public final class CsvRow {
  private static final List<String> TRUE_WORDS = List.of("true", "yes", "1");
  private static final List<String> FALSE_WORDS = List.of("false", "no", "0");
  private final Function<String, @Nullable String> cells;
  private final List<String> columns;
  private final int size;
  private final boolean consistent;
  private final long line;
  private final List<Problem> problems = new ArrayList<>();

  private CsvRow(Function<String, @Nullable String> cells, List<String> columns, int size,
      boolean consistent, long line) {
    this.cells = cells;
    this.columns = columns;
    this.size = size;
    this.consistent = consistent;
    this.line = line;
  }

  /**
   * Returns a row backed by a CSV record whose header is {@code columns}, found at
   * {@code positions} (each column's index, computed once per file).
   */
  static CsvRow of(CSVRecord record, List<String> columns, Map<String, Integer> positions,
      long line) {
    return new CsvRow(column -> {
      Integer position = positions.get(column);
      return position != null && position < record.size() ? record.get(position) : null;
    }, columns, record.size(), record.isConsistent(), line);
  }

  /** Returns each column's index in a header, for {@link #of(CSVRecord, List, Map, long)}. */
  static Map<String, Integer> positions(List<String> columns) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      positions.putIfAbsent(columns.get(i), i);
    }
    return positions;
  }

  /**
   * Returns a row of named cells that did not come from a CSV file, such as a scenario's student;
   * {@code line} locates it for messages.
   */
  public static CsvRow of(Map<String, String> cells, long line) {
    Map<String, String> copy = new LinkedHashMap<>(cells);
    return new CsvRow(copy::get, List.copyOf(copy.keySet()), copy.size(), true, line);
  }

  /** Returns the 1-based line on which the row starts. */
  public long line() {
    return line;
  }

  /** Returns the problems found so far while reading this row. */
  public List<Problem> problems() {
    return problems;
  }

  /** Records a problem found by a caller. */
  public void addProblem(Problem problem) {
    problems.add(problem);
  }

  /** Returns the stripped text of a column, or {@code null} when the cell is empty or absent. */
  public @Nullable String text(String column) {
    String raw = cells.apply(column);
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    return value.isEmpty() ? null : value;
  }

  /** Returns a required column's text, adding a problem when it is empty. */
  public String required(String column) {
    String value = text(column);
    if (value == null) {
      problems.add(Problem.of(column, null, "required value is missing"));
      return "";
    }
    return value;
  }

  /** Returns a whole number. */
  public @Nullable Integer integer(String column) {
    return parse(column, "not a whole number", Integer::valueOf);
  }

  /** Returns a finite decimal number. */
  public @Nullable Double number(String column) {
    return parse(column, "not a number", text -> {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || hasLetter(text)) {
        throw new NumberFormatException(text);
      }
      return value;
    });
  }

  /** Whether a number's text has a letter ({@code 1e3}, {@code 2d}), which we do not accept. */
  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns a boolean written {@code true/false}, {@code yes/no} or {@code 1/0}. */
  public @Nullable Boolean bool(String column) {
    return parse(column, "not true or false", text -> {
      for (String yes : TRUE_WORDS) {
        if (yes.equalsIgnoreCase(text)) {
          return Boolean.TRUE;
        }
      }
      for (String no : FALSE_WORDS) {
        if (no.equalsIgnoreCase(text)) {
          return Boolean.FALSE;
        }
      }
      throw new IllegalArgumentException(text);
    });
  }

  /**
   * Returns the {@code ;}-separated items of a list cell, each converted by {@code parser}; an item
   * that cannot be converted adds a problem with the parser's message.
   */
  public <T> List<T> list(String column, Function<String, T> parser) {
    String cell = text(column);
    List<T> items = new ArrayList<>();
    if (cell == null) {
      return items;
    }
    for (String item : cell.split(";")) {
      if (!item.isBlank()) {
        try {
          items.add(parser.apply(item.strip()));
        } catch (IllegalArgumentException e) {
          problems.add(Problem.of(column, item.strip(), e.getMessage()));
        }
      }
    }
    return items;
  }

  /** Returns a value converted by {@code parser}, or a problem with the given message. */
  public <T> @Nullable T parse(String column, String message, Function<String, T> parser) {
    String text = text(column);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      boolean own = e.getMessage() != null && !(e instanceof NumberFormatException)
          && !e.getMessage().equals(text);
      problems.add(Problem.of(column, text, own ? e.getMessage() : message));
      return null;
    }
  }

  /** Returns the cells of the columns not in {@code known}, by column name, in file order. */
  public Map<String, String> otherColumns(java.util.Set<String> known) {
    Map<String, String> others = new LinkedHashMap<>();
    for (String column : columns) {
      if (!known.contains(column) && !column.isEmpty()) {
        String value = cells.apply(column);
        others.put(column, value == null ? "" : value);
      }
    }
    return others;
  }

  /**
   * Returns a two-letter ISO 639-1 language code in lower case.
   *
   * @throws IllegalArgumentException when the text is not one
   */
  public static String languageCode(String text) {
    String code = text.toLowerCase(Locale.ROOT);
    if (code.length() != 2 || !isLowerAscii(code.charAt(0)) || !isLowerAscii(code.charAt(1))) {
      throw new IllegalArgumentException("not a two-letter ISO 639-1 language code");
    }
    return code;
  }

  private static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  int size() {
    return size;
  }

  boolean isConsistent() {
    return consistent;
  }
}
