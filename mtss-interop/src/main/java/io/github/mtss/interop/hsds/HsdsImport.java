package io.github.mtss.interop.hsds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.interop.hsds.internal.ApiDocuments;
import io.github.mtss.interop.hsds.internal.HsdsService;
import io.github.mtss.interop.hsds.internal.ImportCounts;
import io.github.mtss.interop.hsds.internal.PartnerRows;
import io.github.mtss.interop.hsds.internal.Schools;
import io.github.mtss.interop.hsds.internal.Supplement;
import io.github.mtss.interop.hsds.internal.TabularPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Imports a community-services directory published as HSDS 3.x (Open Referral) into
 * {@code partners.csv}: one row per service, the organization as the partner, the need category
 * and partner type from taxonomy terms through an {@link HsdsMapping}, grades from ages,
 * languages, schedule windows, nearby schools and seats; see docs/hsds.md for every rule.
 *
 * <p>The input is a tabular data package (a directory of CSV tables) or API JSON (a file, or a
 * directory of files, of {@code /services} documents or pages); both give the same rows. Beside
 * partners.csv it writes {@code import-rejects.csv} (every service, or row of another input,
 * left out and why) and {@code import-summary.json} (counts, unmapped terms, warnings). HSDS 1.x
 * packages are refused with a message saying so.
 *
 * <pre>{@code
 * HsdsImportResult result = HsdsImport.builder()
 *     .mapping(HsdsMapping.read(Path.of("mapping.yaml")))
 *     .supplement(Path.of("agreements.csv"))
 *     .schools(Path.of("schools.csv"))
 *     .build()
 *     .run(Path.of("directory"), Path.of("partners.csv"));
 * }</pre>
 */
public final class HsdsImport {
  /** The name of the rejects file written beside partners.csv. */
  public static final String REJECTS = "import-rejects.csv";
  /** The name of the summary written beside partners.csv. */
  public static final String SUMMARY = "import-summary.json";

  private final HsdsMapping mapping;
  private final @Nullable Path supplement;
  private final @Nullable Path schools;

  private HsdsImport(Builder builder) {
    this.mapping = builder.mapping;
    this.supplement = builder.supplement;
    this.schools = builder.schools;
  }

  /** Returns a builder with the default mapping, no supplement and no schools. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HsdsImport}s; see {@link HsdsImport#builder()}. */
  public static final class Builder {
    private HsdsMapping mapping = HsdsMapping.defaults();
    private @Nullable Path supplement;
    private @Nullable Path schools;

    private Builder() {}

    /** Sets the mapping (default {@link HsdsMapping#defaults()}). */
    public Builder mapping(HsdsMapping mapping) {
      this.mapping = mapping;
      return this;
    }

    /** Sets the district's supplement of partners.csv cells by service_id, or none. */
    public Builder supplement(@Nullable Path supplement) {
      this.supplement = supplement;
      return this;
    }

    /** Sets the schools file (school_id, latitude, longitude), or none for every school. */
    public Builder schools(@Nullable Path schools) {
      this.schools = schools;
      return this;
    }

    /** Returns the import. */
    public HsdsImport build() {
      return new HsdsImport(this);
    }
  }

  /**
   * Reads {@code input} and writes {@code partnersCsv}, with {@link #REJECTS} and
   * {@link #SUMMARY} in the same directory; the three files are replaced together, and nothing
   * is written when an input as a whole is unusable.
   *
   * @throws InputFileException when an input as a whole cannot be used (not HSDS 3, broken JSON,
   *     a table without its required columns)
   * @throws IOException when an input does not exist or the outputs cannot be written
   */
  public HsdsImportResult run(Path input, Path partnersCsv)
      throws InputFileException, IOException {
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString());
    }
    List<RejectedRow> rejects = new ArrayList<>();
    Supplement supplied = supplement == null ? Supplement.none()
        : Supplement.read(supplement, rejects);
    Schools places = schools == null ? null : Schools.read(schools, rejects);
    ImportCounts counts = new ImportCounts();
    Run run = new Run(new PartnerRows(mapping, supplied, places, counts), rejects);
    String format = read(input, run);
    rejects.addAll(supplied.unknownServices(run.seen));
    rejects.sort(Comparator.comparing(RejectedRow::file).thenComparing(RejectedRow.IN_FILE_ORDER));
    HsdsImportResult result = new HsdsImportResult(format, run.seen.size() + run.repeated,
        run.rows.size(), counts.ignored.values().stream().mapToInt(Integer::intValue).sum(),
        run.rejected, rejects, counts.warnings);
    write(partnersCsv, run.rows, result, counts, input, supplied);
    return result;
  }

  private static String read(Path input, Run run) throws InputFileException {
    if (!Files.isDirectory(input) && input.getFileName().toString().endsWith(".csv")) {
      throw new InputFileException(input + ": one table of a tabular data package; give the "
          + "directory that holds services.csv and the other tables");
    }
    if (isPackage(input)) {
      TabularPackage.Contents contents = TabularPackage.read(input);
      run.rejects.addAll(contents.rejects());
      contents.services().forEach(run::service);
      return "HSDS 3 tabular data package";
    }
    ApiDocuments.read(input, new ApiDocuments.Sink() {
      @Override
      public void service(HsdsService service) {
        run.service(service);
      }

      @Override
      public void reject(RejectedRow reject) {
        run.rejected++;
        run.rejects.add(reject);
      }
    });
    return "HSDS 3 API JSON";
  }

  private static boolean isPackage(Path input) {
    if (!Files.isDirectory(input)) {
      return false;
    }
    try (var listing = Files.list(input)) {
      return listing.map(p -> p.getFileName().toString())
          .anyMatch(name -> name.endsWith(".csv") || name.equals("datapackage.json"));
    } catch (IOException e) {
      return true;
    }
  }

  /** The services of one import as they arrive. */
  private static final class Run {
    final PartnerRows mapper;
    final List<RejectedRow> rejects;
    final Set<String> seen = new HashSet<>();
    final TreeMap<String, Map<String, String>> rows = new TreeMap<>();
    int rejected;
    int repeated;

    Run(PartnerRows mapper, List<RejectedRow> rejects) {
      this.mapper = mapper;
      this.rejects = rejects;
    }

    void service(HsdsService service) {
      if (!seen.add(service.id())) {
        repeated++;
        reject(service, "id", "service id='" + service.id() + "' is given twice; the first is "
            + "used");
        return;
      }
      if (!mapper.imports(service)) {
        return;
      }
      PartnerRows.Outcome outcome = mapper.row(service);
      if (outcome.cells() != null) {
        rows.put(service.id(), outcome.cells());
      } else {
        reject(service, outcome.column(), String.valueOf(outcome.problem()));
      }
    }

    private void reject(HsdsService service, String column, String problem) {
      rejected++;
      rejects.add(new RejectedRow(service.source().line(), "", column, problem,
          service.source().file(), service.id(), ""));
    }
  }

  private void write(Path partnersCsv, TreeMap<String, Map<String, String>> rows,
      HsdsImportResult result, ImportCounts counts, Path input, Supplement supplied)
      throws IOException {
    Path target = partnersCsv.toAbsolutePath().normalize();
    Path directory = target.getParent();
    Files.createDirectories(directory);
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      Path partners = stage(staged, target);
      try (CsvOutput csv = CsvOutput.create(partners,
          PartnerRows.COLUMNS.toArray(String[]::new))) {
        for (Map<String, String> row : rows.values()) {
          csv.row(PartnerRows.cells(row));
        }
      }
      RejectedRow.write(stage(staged, directory.resolve(REJECTS)), result.rejects());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(
          stage(staged, directory.resolve(SUMMARY)).toFile(),
          summary(result, counts, input, supplied));
      for (Map.Entry<Path, Path> file : staged.entrySet()) {
        Files.move(file.getValue(), file.getKey(), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      for (Path temporary : staged.values()) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  private static Path stage(Map<Path, Path> staged, Path target) throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    staged.put(target, temporary);
    return temporary;
  }

  private Map<String, Object> summary(HsdsImportResult result, ImportCounts counts, Path input,
      Supplement supplied) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("input", input.toString());
    summary.put("format", result.format());
    summary.put("services_read", result.servicesRead());
    summary.put("partners_rows", result.partnersRows());
    summary.put("services_ignored", counts.ignored);
    summary.put("services_rejected", result.servicesRejected());
    summary.put("rejects", result.rejects().size());
    summary.put("rows_with_no_seat_limit", counts.noSeatLimit);
    summary.put("rows_serving_every_school_for_want_of_a_location", counts.everySchoolUnplaced);
    summary.put("unmapped_terms", counts.unmappedTerms);
    summary.put("languages_not_understood", counts.unknownLanguages);
    summary.put("supplement_rows", supplied.size());
    summary.put("warnings", counts.warnings);
    return summary;
  }
}
