package io.github.mtss.examples.research;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.core.Grade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The first period's screen of a generated district, read alongside the generator as it draws
 * the second: whether each student was served (has a row in {@code recommendations.csv}), and a
 * check that {@code tiers.csv} holds exactly the generated students (id, school and grade), in
 * order, so a second
 * period is never drawn from another district's screen. Both files are sorted by student id, as
 * {@code screen} writes them, so they are read once, in step, in little memory.
 */
public final class FirstPeriod implements AutoCloseable {
  private final Reader tiers;
  private final Reader recommendations;

  /** A first-period file that does not match the generated district. */
  public static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch(String message) {
      super(message);
    }
  }

  private FirstPeriod(Reader tiers, Reader recommendations) {
    this.tiers = tiers;
    this.recommendations = recommendations;
  }

  /** Opens the screen output directory {@code directory} of the first period. */
  public static FirstPeriod open(Path directory) throws InputFileException {
    Reader tiers = Reader.open(directory.resolve("tiers.csv"));
    try {
      return new FirstPeriod(tiers, Reader.open(directory.resolve("recommendations.csv")));
    } catch (InputFileException e) {
      tiers.close();
      throw e;
    }
  }

  /**
   * Returns whether the student was served in the first period; students must come in the order
   * of the generated district, from the first.
   *
   * @throws Mismatch when tiers.csv does not hold this student of the generated district next
   */
  boolean served(DistrictGenerator.Identity student) {
    String id = student.id();
    String expected = id + " (school " + student.school().id() + ", grade "
        + Grade.ofNumber(student.grade()).label() + ")";
    CSVRecord tier = tiers.next();
    String found = tier == null ? "the end of the file" : tier.get("student_id") + " (school "
        + tier.get("school_id") + ", grade " + tier.get("grade_level") + ")";
    if (!expected.equals(found)) {
      throw new Mismatch(tiers.file + ":" + tiers.line() + ": expected student " + expected
          + ", found " + found + "; give the --seed, --students, --schools and --parameters of "
          + "the first period, and the directory of its screen");
    }
    boolean served = false;
    for (CSVRecord row = recommendations.peek(); row != null
        && row.get("student_id").compareTo(id) <= 0; row = recommendations.peek()) {
      served |= row.get("student_id").equals(id);
      recommendations.next();
    }
    return served;
  }

  /** Checks that tiers.csv holds no student after the last generated one. */
  public void finish() {
    if (tiers.next() != null) {
      throw new Mismatch(tiers.file + ":" + tiers.line() + ": more students than --students; "
          + "give the --students of the first period");
    }
  }

  @Override
  public void close() {
    try (tiers; recommendations) {
      // both closed
    }
  }

  /** One CSV file read row by row, with one row of look-ahead. */
  private static final class Reader implements AutoCloseable {
    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private @Nullable CSVRecord ahead;

    private Reader(Path file, CSVParser parser) {
      this.file = file;
      this.parser = parser;
      this.rows = parser.iterator();
    }

    static Reader open(Path file) throws InputFileException {
      try {
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get().parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        if (!parser.getHeaderNames().contains("student_id")) {
          parser.close();
          throw new InputFileException(file + ":1: has no student_id column; --from must be "
              + "the output directory of screen");
        }
        return new Reader(file, parser);
      } catch (IOException | UncheckedIOException e) {
        throw new InputFileException(file + ": cannot be read (" + e.getMessage()
            + "); --from must be the output directory of screen", e);
      }
    }

    @Nullable CSVRecord peek() {
      try {
        if (ahead == null && rows.hasNext()) {
          ahead = rows.next();
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new Mismatch(file + ":" + line() + ": not a CSV file of screen ("
            + e.getMessage() + ")");
      }
      return ahead;
    }

    @Nullable CSVRecord next() {
      CSVRecord row = peek();
      ahead = null;
      return row;
    }

    long line() {
      return parser.getCurrentLineNumber();
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
