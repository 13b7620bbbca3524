package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtss.batch.OutputDirectory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ReportSection} reads: a screen's output directory, its summary.json, the
 * report's settings, and its CSV files one row at a time (never all in memory, so a report of a
 * million students needs no more memory than one of a hundred).
 */
public final class ReportRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader()
      .setSkipHeaderRecord(true).get();
  private final Path directory;
  private final JsonNode summary;
  private final ReportSettings settings;
  private @Nullable UnmetDemand unmet;

  private ReportRun(Path directory, JsonNode summary, ReportSettings settings) {
    this.directory = directory;
    this.summary = summary;
    this.settings = settings;
  }

  /**
   * Opens a screen's output directory, refusing one whose files are not exactly those of the
   * run its summary.json names: a file it names is missing or differs, or a CSV file is there
   * that it does not name.
   *
   * @throws java.nio.file.NoSuchFileException when the directory has no summary.json
   * @throws FileSystemException naming the file when the directory mixes runs
   */
  public static ReportRun open(Path directory, ReportSettings settings) throws IOException {
    JsonNode summary = JSON.readTree(Files.readString(directory.resolve("summary.json")));
    refuseMixedRuns(directory, summary);
    return new ReportRun(directory, summary, settings);
  }

  /** Returns the output directory. */
  public Path directory() {
    return directory;
  }

  /** Returns the directory's summary.json. */
  public JsonNode summary() {
    return summary;
  }

  /** Returns the report's settings. */
  public ReportSettings settings() {
    return settings;
  }

  /** Returns whether the directory holds this file. */
  public boolean has(String file) {
    return Files.isRegularFile(directory.resolve(file));
  }

  /** What a section does with each row of a CSV file. */
  @FunctionalInterface
  public interface RowVisitor {
    /** Takes one row, read by its header's column names. */
    void visit(CSVRecord row) throws IOException;
  }

  /** Reads a CSV file of the directory row by row, holding one row at a time. */
  public void rows(String file, RowVisitor visitor) throws IOException {
    try (Reader reader = Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8);
         CSVParser parser = CSV.parse(reader)) {
      for (CSVRecord row : parser) {
        visitor.visit(row);
      }
    }
  }

  /** Returns unmet.csv counted by need (read once, on first use), or none without it. */
  public UnmetDemand unmet() throws IOException {
    if (unmet == null) {
      unmet = has(UnmetDemand.FILE) ? UnmetDemand.read(this) : UnmetDemand.NONE;
    }
    return unmet;
  }

  private static void refuseMixedRuns(Path in, JsonNode summary) throws IOException {
    JsonNode files = summary.at("/run/files");
    if (!files.isObject()) {
      throw new FileSystemException(in.resolve("summary.json").toString(), null,
          "names no run and its files (written by an older mtss?); screen again");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> file = it.next();
      Path path = in.resolve(file.getKey());
      var recorded = new OutputDirectory.Fingerprint(file.getValue().path("bytes").asLong(),
          file.getValue().path("crc32c").asText());
      if (!Files.isRegularFile(path) || !OutputDirectory.Fingerprint.of(path).equals(recorded)) {
        throw new FileSystemException(path.toString(), null, "missing or not the file the run "
            + "of summary.json wrote; the directory mixes runs, screen again");
      }
    }
    try (Stream<Path> listing = Files.list(in)) {
      for (Path csv : listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        if (!files.has(csv.getFileName().toString())) {
          throw new FileSystemException(csv.toString(), null, "not written by the run of "
              + "summary.json; the directory mixes runs, screen again");
        }
      }
    }
  }
}
