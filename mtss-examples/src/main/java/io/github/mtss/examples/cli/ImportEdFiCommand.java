package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.interop.edfi.EdFiApiClient;
import io.github.mtss.interop.edfi.EdFiImport;
import io.github.mtss.interop.edfi.EdFiImportResult;
import io.github.mtss.interop.edfi.EdFiImportResult.ResourceCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mtss import edfi}: aggregates Ed-Fi records (saved API JSON, XML interchange, or a
 * live ODS/API) as of a day into students.csv, with import-rejects.csv and import-summary.json.
 */
@Command(name = "edfi", mixinStandardHelpOptions = true,
    description = {"Aggregates Ed-Fi data as of a day over its school year into students.csv, "
        + "import-rejects.csv and import-summary.json (see docs/edfi.md), all or none.",
        "Every record is used, ignored with its reason in the summary, or rejected."},
    footer = {"  mtss import edfi --in edfi-export --as-of 2022-03-01 --out imported",
        "  mtss import edfi --in edfi-export --as-of 2022-03-01 --supplement needs.csv --out imported",
        "  mtss import edfi --api ODS_BASE_URL --client-id KEY \\",
        "      --client-secret-file secret.txt --as-of 2022-03-01 --out imported"})
final class ImportEdFiCommand implements Callable<Integer> {
  @Option(names = "--in", paramLabel = "DIR|FILE",
      description = "Ed-Fi input: a directory of API JSON files named after their resource "
          + "(studentSchoolAttendanceEvents.json, a JSON array or one document per line) "
          + "and/or XML interchange files, or one such file; repeat for more.")
  private List<Path> inputs = new ArrayList<>();

  @Option(names = "--api", paramLabel = "URL",
      description = "A live Ed-Fi ODS/API base URL (above /oauth and /data) to read instead.")
  private @Nullable URI api;

  @Option(names = "--client-id", paramLabel = "ID", description = "OAuth2 client id (key).")
  private @Nullable String clientId;

  @Option(names = "--client-secret-file", paramLabel = "FILE",
      description = "File holding the OAuth2 client secret (never given on the command line).")
  private @Nullable Path secretFile;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The import day D (YYYY-MM-DD): values as of the end of it.")
  private LocalDate asOf;

  @Option(names = "--school-year", paramLabel = "YYYY",
      description = "School year as Ed-Fi writes it (2022 for 2021-22); default: that of the "
          + "sessions containing the import day.")
  private @Nullable Integer schoolYear;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "District mapping file (JSON) whose keys replace the default code lists "
          + "and thresholds (docs/edfi.md).")
  private @Nullable Path mapping;

  @Option(names = "--supplement", paramLabel = "FILE",
      description = "CSV of student_id and any students.csv columns (needs, "
          + "family_availability, family_literacy_support...) filling or overriding values.")
  private @Nullable Path supplement;

  @Option(names = "--explain", paramLabel = "STUDENT_ID",
      description = "Prints which records produced each value of this student.")
  private @Nullable String explain;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory, replaced whole: new, empty, or one an earlier import "
          + "wrote; no input may be in it.")
  private Path out;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InputFileException {
    if (inputs.isEmpty() == (api == null)) {
      throw usage("give either --in DIR|FILE or --api URL (with --client-id and "
          + "--client-secret-file)");
    }
    EdFiImport.Builder builder = EdFiImport.builder().asOf(asOf).schoolYear(schoolYear)
        .supplement(supplement).explain(explain);
    if (mapping != null) {
      builder.mappingFile(mapping);
    }
    EdFiImport edfi = builder.build();
    EdFiImportResult result = api == null ? edfi.run(inputs, out) : fromApi(edfi);
    report(result);
    return result.rejectLines() > 0 ? MtssCommand.ROWS_REJECTED : 0;
  }

  private EdFiImportResult fromApi(EdFiImport edfi) throws IOException, InputFileException {
    if (clientId == null || secretFile == null) {
      throw usage("--api needs --client-id and --client-secret-file");
    }
    if (!Files.isRegularFile(secretFile)) {
      throw new InputFileException(secretFile + ": no such client secret file");
    }
    String secret = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
    Path staging = Files.createTempDirectory("mtss-edfi-");
    try {
      try {
        EdFiApiClient.builder().baseUri(api).clientId(clientId).clientSecret(secret).build()
            .download(staging);
      } catch (FileSystemException e) {
        throw e;
      } catch (IOException e) {
        throw new InputFileException(api + ": " + e.getMessage(), e);
      }
      return edfi.run(List.of(staging), out);
    } finally {
      try (Stream<Path> files = Files.walk(staging)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private void report(EdFiImportResult result) {
    PrintWriter stdout = spec.commandLine().getOut();
    result.explanation().forEach(line -> stdout.println("explain " + explain + ": " + line));
    if (explain != null && result.explanation().isEmpty()) {
      spec.commandLine().getErr().printf("explain %s: no record of the input names this "
          + "student%n", explain);
    }
    long read = 0;
    long used = 0;
    long ignored = 0;
    long rejected = 0;
    for (ResourceCounts c : result.resources().values()) {
      read += c.read();
      used += c.used();
      ignored += c.ignored();
      rejected += c.rejected();
    }
    stdout.printf("imported %d students of school year %d as of %s: %d records read, %d used, "
        + "%d ignored (reasons in import-summary.json), %d rejected; wrote %s%n",
        result.studentsWritten(), result.schoolYear(), asOf, read, used, ignored, rejected, out);
    if (result.rejectLines() > 0) {
      spec.commandLine().getErr().printf("%d problem(s), see import-rejects.csv%n",
          result.rejectLines());
    }
  }
}
