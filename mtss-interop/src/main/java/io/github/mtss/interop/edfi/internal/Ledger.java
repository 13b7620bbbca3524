package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mtss.batch.CsvOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Accounts for every record read: used, ignored with a reason, or rejected (written to
 * {@code import-rejects.csv} as it happens); lists the descriptor codes the mapping does not
 * know, with counts, the notes the summary carries and, for one student, which record produced
 * each value.
 */
final class Ledger implements AutoCloseable {
  private final Map<String, Counts> resources = new TreeMap<>();
  private final Map<String, Map<String, Long>> unknownCodes = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Long> tallies = new TreeMap<>();
  private final List<String> explanation = new ArrayList<>();
  private final @Nullable String explained;
  private final CsvOutput rejects;
  private long rejected;

  /** Counts of one resource's records. */
  static final class Counts {
    long read;
    long used;
    long rejected;
    final Map<String, Long> ignored = new TreeMap<>();
  }

  /** Opens the ledger, creating {@code rejectsFile}; {@code explained} is a student or null. */
  Ledger(Path rejectsFile, @Nullable String explained) throws IOException {
    this.rejects = CsvOutput.create(rejectsFile, "resource", "file", "line", "record",
        "student_id", "problem");
    this.explained = explained;
  }

  private Counts counts(String resource) {
    return resources.computeIfAbsent(resource, r -> new Counts());
  }

  void read(EdFiRecord record) {
    counts(record.resource()).read++;
  }

  void used(EdFiRecord record) {
    counts(record.resource()).used++;
  }

  void ignored(EdFiRecord record, String reason) {
    counts(record.resource()).ignored.merge(reason, 1L, Long::sum);
  }

  void ignored(EdFiRecord record, @Nullable String student, String reason) {
    ignored(record, reason);
    explain(student, () -> "ignored " + record.resource() + " " + record.where() + ": "
        + reason);
  }

  /** Rejects a record: a line of import-rejects.csv. */
  void rejected(EdFiRecord record, @Nullable String student, String problem) {
    counts(record.resource()).rejected++;
    reject(record.resource(), record.file(), record.line(), record.index(), student, problem);
  }

  /** Rejects a record counted as used before a later check failed (a student's grade level). */
  void rejectedAfterUse(String resource, String file, long line, long index, String student,
      String problem) {
    Counts counts = counts(resource);
    counts.used--;
    counts.rejected++;
    reject(resource, file, line, index, student, problem);
  }

  /** Writes one line of import-rejects.csv for a row of another input (the supplement). */
  void reject(String resource, String file, long line, long index, @Nullable String student,
      String problem) {
    rejected++;
    try {
      rejects.row(resource, file, line, index, student, problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    explain(student, () -> "rejected " + resource + " " + file + ":" + line + ": " + problem);
  }

  /** Counts a descriptor code that the mapping does not know. */
  void unknown(String descriptor, String code) {
    unknownCodes.computeIfAbsent(descriptor, d -> new TreeMap<>()).merge(code, 1L, Long::sum);
  }

  void note(String note) {
    notes.add(note);
  }

  /** Counts a record for a note the summary gives once, with the number of records. */
  void tally(String note) {
    tallies.merge(note, 1L, Long::sum);
  }

  boolean explains(@Nullable String student) {
    return explained != null && explained.equals(student);
  }

  /** Adds a line to the explained student's explanation; {@code line} is made only then. */
  void explain(@Nullable String student, java.util.function.Supplier<String> line) {
    if (explains(student)) {
      explanation.add(line.get());
    }
  }

  /** What produced each value of the explained student, in the order it was read. */
  public List<String> explanation() {
    return List.copyOf(explanation);
  }

  /** Lines written to import-rejects.csv. */
  public long rejectedCount() {
    return rejected;
  }

  /** The counts per resource: read, used, ignored (by reason), rejected. */
  public Map<String, Map<String, Object>> resourceCounts() {
    Map<String, Map<String, Object>> all = new TreeMap<>();
    resources.forEach((name, c) -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("read", c.read);
      one.put("used", c.used);
      one.put("ignored", c.ignored.values().stream().mapToLong(Long::longValue).sum());
      one.put("ignoredBecause", c.ignored);
      one.put("rejected", c.rejected);
      all.put(name, one);
    });
    return all;
  }

  /** Writes import-summary.json: {@code head}, then resources, unknown codes and notes. */
  void writeSummary(Path file, Map<String, Object> head) throws IOException {
    Map<String, Object> summary = new LinkedHashMap<>(head);
    summary.put("rejectLines", rejected);
    summary.put("resources", resourceCounts());
    summary.put("unknownDescriptorCodes", unknownCodes);
    List<String> all = new ArrayList<>(notes);
    tallies.forEach((note, count) -> all.add(note + ": " + count + " record(s)"));
    summary.put("notes", all);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(),
        summary);
  }

  @Override
  public void close() throws IOException {
    rejects.close();
  }
}
