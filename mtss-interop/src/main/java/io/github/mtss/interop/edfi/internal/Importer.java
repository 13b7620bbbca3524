package io.github.mtss.interop.edfi.internal;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.interop.edfi.EdFiImportResult;
import io.github.mtss.interop.edfi.EdFiImportResult.ResourceCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Runs one Ed-Fi import into an open output directory. */
public final class Importer {
  private final Mapping mapping;
  private final LocalDate asOf;
  private final @Nullable Integer schoolYear;
  private final @Nullable String explain;

  /** An import as of {@code asOf}; {@code schoolYear} and {@code explain} may be null. */
  public Importer(Mapping mapping, LocalDate asOf, @Nullable Integer schoolYear,
      @Nullable String explain) {
    this.mapping = mapping;
    this.asOf = asOf;
    this.schoolYear = schoolYear;
    this.explain = explain;
  }

  /**
   * Reads the inputs and writes students.csv, import-rejects.csv and import-summary.json.
   *
   * @throws InputFileException when an input cannot be used at all
   */
  public EdFiImportResult run(List<Path> inputs, @Nullable Path supplementFile,
      @Nullable Path mappingFile, OutputDirectory out) throws IOException, InputFileException {
    List<Path> files = files(inputs);
    try (Ledger ledger = new Ledger(out.file("import-rejects.csv"), explain)) {
      Supplement supplement = supplementFile == null ? Supplement.none()
          : Supplement.read(supplementFile, ledger);
      Aggregation aggregation = new Aggregation(mapping, ledger, asOf, schoolYear);
      aggregation.read(files, Path::toString);
      long written = new StudentRows(aggregation, supplement, ledger)
          .write(out.file("students.csv"));
      Map<String, Object> head = new LinkedHashMap<>();
      head.put("asOf", asOf.toString());
      head.put("schoolYear", aggregation.schoolYear());
      head.put("inputs", files.stream().map(Path::toString).toList());
      head.put("mapping", mappingFile == null ? "defaults" : mappingFile.toString());
      head.put("supplement", supplementFile == null ? null : supplementFile.toString());
      head.put("students", written);
      ledger.writeSummary(out.file("import-summary.json"), head);
      return new EdFiImportResult(written, ledger.rejectedCount(), aggregation.schoolYear(),
          counts(ledger), ledger.explanation());
    }
  }

  private static Map<String, ResourceCounts> counts(Ledger ledger) {
    Map<String, ResourceCounts> counts = new TreeMap<>();
    ledger.resourceCounts().forEach((name, c) -> counts.put(name, new ResourceCounts(
        (Long) c.get("read"), (Long) c.get("used"), (Long) c.get("ignored"),
        (Long) c.get("rejected"))));
    return counts;
  }

  /** The readable files of the inputs: a directory's own files in name order, or a file. */
  static List<Path> files(List<Path> inputs) throws InputFileException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> entries = Files.list(input)) {
          List<Path> found = entries.filter(Files::isRegularFile)
              .filter(RecordReader::readable).sorted().toList();
          if (found.isEmpty()) {
            throw new InputFileException(input + ": no Ed-Fi JSON or XML file in this "
                + "directory");
          }
          files.addAll(found);
        } catch (IOException e) {
          throw new InputFileException(input + ": cannot be listed: " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new InputFileException(input + ": no such file or directory");
      }
    }
    return files;
  }
}
