package io.github.mtss.interop.edfi;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.interop.edfi.internal.Importer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Imports Ed-Fi data (API JSON saved per resource, or XML interchange files) into the
 * students.csv of the formats contract, aggregated as of one day over its school year, with
 * {@code import-rejects.csv} and {@code import-summary.json} beside it. Every record is used,
 * ignored with its reason in the summary, or rejected; files are read one record at a time, so
 * a state's attendance file fits in a small heap.
 *
 * <pre>{@code
 * EdFiImportResult result = EdFiImport.builder().asOf(LocalDate.of(2022, 3, 1)).build()
 *     .run(List.of(Path.of("edfi")), Path.of("imported"));
 * }</pre>
 */
public final class EdFiImport {
  /** The files an import writes into its output directory. */
  public static final List<String> OUTPUTS =
      List.of("students.csv", "import-rejects.csv", "import-summary.json");
  private final LocalDate asOf;
  private final @Nullable Integer schoolYear;
  private final EdFiMapping mapping;
  private final @Nullable Path mappingFile;
  private final @Nullable Path supplement;
  private final @Nullable String explain;

  private EdFiImport(Builder builder) {
    this.asOf = Objects.requireNonNull(builder.asOf, "asOf");
    this.schoolYear = builder.schoolYear;
    this.mapping = builder.mapping;
    this.mappingFile = builder.mappingFile;
    this.supplement = builder.supplement;
    this.explain = builder.explain;
  }

  /** Starts an import; {@link Builder#asOf} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the inputs (directories, whose files are read in name order, or files) and writes
   * the outputs into {@code out}, all or none.
   *
   * @throws InputFileException when an input cannot be used at all (naming file, line and
   *     column), or no session contains the import day
   * @throws IOException when the output directory cannot be written
   */
  public EdFiImportResult run(List<Path> inputs, Path out) throws IOException,
      InputFileException {
    try (OutputDirectory directory = OutputDirectory.open(out, OUTPUTS)) {
      EdFiImportResult result = new Importer(mapping.values(), asOf, schoolYear, explain)
          .run(inputs, supplement, mappingFile, directory);
      directory.commit();
      return result;
    }
  }

  /** Builds an {@link EdFiImport}. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private @Nullable Integer schoolYear;
    private EdFiMapping mapping = EdFiMapping.defaults();
    private @Nullable Path mappingFile;
    private @Nullable Path supplement;
    private @Nullable String explain;

    private Builder() {}

    /** The import day D: values are as of the end of this day. */
    public Builder asOf(LocalDate day) {
      this.asOf = day;
      return this;
    }

    /**
     * The school year as Ed-Fi writes it (2022 for 2021-22); default: that of the sessions
     * containing the import day.
     */
    public Builder schoolYear(@Nullable Integer year) {
      this.schoolYear = year;
      return this;
    }

    /** The mapping; default {@link EdFiMapping#defaults()}. */
    public Builder mapping(EdFiMapping mapping) {
      this.mapping = mapping;
      return this;
    }

    /**
     * The district's mapping file, read with {@link EdFiMapping#load} and named in the summary.
     *
     * @throws InputFileException when the file is broken, with its location
     */
    public Builder mappingFile(Path file) throws InputFileException {
      this.mapping = EdFiMapping.load(file);
      this.mappingFile = file;
      return this;
    }

    /**
     * A CSV of {@code student_id} and any students.csv columns (needs, family availability,
     * literacy support...) whose cells fill or override the imported ones; rows of students
     * the import does not know are rejected.
     */
    public Builder supplement(@Nullable Path file) {
      this.supplement = file;
      return this;
    }

    /** A student whose values are to be explained record by record, or null. */
    public Builder explain(@Nullable String studentId) {
      this.explain = studentId;
      return this;
    }

    /** Builds the import. */
    public EdFiImport build() {
      return new EdFiImport(this);
    }
  }
}
