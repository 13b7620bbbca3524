package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code screen --edfi-out DIR}: after the screen, writes its tiers (and the screen's plans) as
 * Ed-Fi bodies, as {@code export edfi} does.
 */
final class ScreenEdFiOptions {
  @Option(names = "--edfi-out", paramLabel = "DIR",
      description = "Also write the tiers and the plans as Ed-Fi request bodies into DIR "
          + "(docs/edfi-export.md).")
  @Nullable Path edfiOut;

  @Option(names = "--education-organization-id", paramLabel = "ID",
      description = "With --edfi-out: one Ed-Fi educationOrganizationId for every student; "
          + "default each student's school_id, which must then be a number.")
  @Nullable Long educationOrganizationId;

  /**
   * Writes the Ed-Fi bodies of the screen written to {@code screenOut} when asked; returns the
   * exit code of the screen combined with the export's.
   */
  int write(int screenExit, Path screenOut, @Nullable Path plans, @Nullable LocalDate asOf,
      CommandLine commandLine) throws IOException, InputFileException {
    if (edfiOut == null) {
      return screenExit;
    }
    EdFiExportOptions export = new EdFiExportOptions();
    export.educationOrganizationId = educationOrganizationId;
    int exported = export.export(screenOut.resolve("tiers.csv"), edfiOut, plans, asOf,
        commandLine);
    return Math.max(screenExit, exported);
  }
}
