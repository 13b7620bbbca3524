package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.interop.edfi.EdFiExport;
import io.github.mtss.interop.edfi.EdFiExportResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the Ed-Fi export, shared by {@code export edfi} and {@code screen}. */
final class EdFiExportOptions {
  @Option(names = "--plans", paramLabel = "FILE",
      description = "plans.csv: each plan becomes a studentInterventionAssociation.")
  @Nullable Path plans;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Day of the screen (YYYY-MM-DD), the indicators' period; default today.")
  @Nullable LocalDate asOf;

  @Option(names = "--education-organization-id", paramLabel = "ID",
      description = "One Ed-Fi educationOrganizationId (e.g. the district's) for every "
          + "student; default: each student's school_id, which must then be a number.")
  @Nullable Long educationOrganizationId;

  /** Exports {@code tiersCsv} into {@code out}; returns the exit code. */
  int export(Path tiersCsv, Path out, CommandLine commandLine)
      throws IOException, InputFileException {
    return export(tiersCsv, out, plans, asOf, commandLine);
  }

  /** Exports with the plans and day given (those of {@code screen}); returns the exit code. */
  int export(Path tiersCsv, Path out, @Nullable Path planFile, @Nullable LocalDate day,
      CommandLine commandLine) throws IOException, InputFileException {
    EdFiExportResult result = EdFiExport.builder(day == null
            ? LocalDate.now(ZoneId.systemDefault()) : day)
        .plans(planFile).educationOrganizationId(educationOrganizationId).build()
        .export(tiersCsv, out);
    commandLine.getOut().printf("wrote %d student and %d intervention associations (Ed-Fi) "
        + "to %s%n", result.students(), result.interventions(), out);
    if (result.rejects().isEmpty()) {
      return 0;
    }
    RejectedRow first = result.rejects().get(0);
    commandLine.getErr().printf("%d row(s) not exported, see %s; first: %s:%d: %s%n",
        result.rejects().size(), EdFiExport.REJECTS, first.file(), first.line(),
        first.problem());
    return MtssCommand.ROWS_REJECTED;
  }
}
