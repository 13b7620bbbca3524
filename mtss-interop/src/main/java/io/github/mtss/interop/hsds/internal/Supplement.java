package io.github.mtss.interop.hsds.internal;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.CsvRow;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.core.Audience;
import io.github.mtss.core.Availability;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Need;
import io.github.mtss.core.PartnerType;
import io.github.mtss.core.Problem;
import io.github.mtss.core.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The district's own facts about services, which a directory does not publish (its partnership
 * agreements): {@code service_id} and any partners.csv columns, each checked as partners.csv
 * checks it. A cell fills the column where the directory gives nothing; tiers, serves and the
 * evidence level come only from here. A row naming a service the directory lacks is rejected.
 */
public final class Supplement {
  /** The partners.csv columns a supplement may give, with the check of each. */
  private static final Map<String, Function<String, ?>> COLUMNS = columns();

  private final Map<String, Map<String, String>> rows;
  private final Map<String, Long> lines;
  private final String file;

  private Supplement(String file, Map<String, Map<String, String>> rows, Map<String, Long> lines) {
    this.file = file;
    this.rows = rows;
    this.lines = lines;
  }

  /** Returns an empty supplement. */
  public static Supplement none() {
    return new Supplement("", Map.of(), Map.of());
  }

  private static Map<String, Function<String, ?>> columns() {
    Map<String, Function<String, ?>> columns = new LinkedHashMap<>();
    columns.put("service_name", text -> text);
    columns.put("partner_name", text -> text);
    columns.put("partner_type", PartnerType::parse);
    columns.put("category", Need::parse);
    columns.put("tiers", list(text -> Tier.of(Integer.parseInt(text))));
    columns.put("min_grade", Grade::parse);
    columns.put("max_grade", Grade::parse);
    columns.put("serves", Audience::parse);
    columns.put("languages", list(text -> text.equals("*") ? text : CsvRow.languageCode(text)));
    columns.put("schedule", list(Availability::parse));
    columns.put("schools", list(text -> text));
    columns.put("capacity", text -> {
      int seats = Integer.parseInt(text);
      if (seats < 0) {
        throw new IllegalArgumentException("must not be negative");
      }
      return seats;
    });
    columns.put("evidence_level", text -> {
      int level = Integer.parseInt(text);
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("must be 1 to 4");
      }
      return level;
    });
    return columns;
  }

  private static Function<String, ?> list(Function<String, ?> item) {
    return text -> {
      for (String part : text.split(";", -1)) {
        item.apply(part.strip());
      }
      return text;
    };
  }

  /**
   * Reads a supplement; a row with a bad cell or a repeated service is rejected into
   * {@code rejects}.
   *
   * @throws InputFileException when the file as a whole cannot be used (no service_id column,
   *     a column that is not a partners.csv one)
   */
  public static Supplement read(Path path, List<RejectedRow> rejects) throws InputFileException {
    String file = path.toString();
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    try (InputStream in = Files.newInputStream(path)) {
      CsvInput.Result<Map<String, String>> read = new CsvInput<Map<String, String>>(file,
          "service_id", List.of("service_id"), row -> cells(row, seen)).read(in);
      rejects.addAll(read.rejects());
      for (CsvInput.Row<Map<String, String>> row : read.rows()) {
        String id = row.value().remove("service_id");
        rows.put(id, row.value());
        lines.put(id, row.line());
      }
    } catch (IOException e) {
      throw new InputFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return new Supplement(file, rows, lines);
  }

  private static @Nullable Map<String, String> cells(CsvRow row, Set<String> seen) {
    Map<String, String> other = row.otherColumns(Set.of());
    Map<String, String> cells = new LinkedHashMap<>();
    String id = row.required("service_id");
    if (!id.isEmpty() && !seen.add(id)) {
      row.addProblem(Problem.of("service_id", id,
          "the service is given twice; the first row is used"));
    }
    cells.put("service_id", id);
    for (String column : other.keySet()) {
      if (column.equals("service_id")) {
        continue;
      }
      Function<String, ?> check = COLUMNS.get(column);
      if (check == null) {
        row.addProblem(Problem.of(column, other.get(column),
            "not a partners.csv column a supplement may give (" + String.join(", ",
                COLUMNS.keySet()) + ")"));
      } else if (row.parse(column, "not a valid " + column, check) != null) {
        cells.put(column, row.text(column));
      }
    }
    return cells;
  }

  /** Returns the supplement's cell for a service and column, or null. */
  public @Nullable String cell(String serviceId, String column) {
    Map<String, String> row = rows.get(serviceId);
    return row == null ? null : row.get(column);
  }

  /** Returns the number of rows read. */
  public int size() {
    return rows.size();
  }

  /** Returns the rejects of the rows naming a service that is not in {@code known}. */
  public List<RejectedRow> unknownServices(Set<String> known) {
    List<RejectedRow> rejects = new ArrayList<>();
    lines.forEach((id, line) -> {
      if (!known.contains(id)) {
        rejects.add(new RejectedRow(line, "", "service_id", "service_id='" + id
            + "': no service of the directory has this id", file, id, id));
      }
    });
    return rejects;
  }
}
