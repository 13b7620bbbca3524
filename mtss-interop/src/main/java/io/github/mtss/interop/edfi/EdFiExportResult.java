package io.github.mtss.interop.edfi;

import io.github.mtss.batch.RejectedRow;
import java.util.List;

/**
 * What an Ed-Fi export wrote: the student and intervention associations, and the rows of
 * tiers.csv or plans.csv it could not turn into a valid body (as in export-rejects.csv).
 *
 * @param students the studentEducationOrganizationAssociation bodies written
 * @param interventions the studentInterventionAssociation bodies written
 * @param rejects the rows left out, with why
 */
public record EdFiExportResult(long students, long interventions, List<RejectedRow> rejects) {
  /** Copies the rejects, so the result is immutable. */
  public EdFiExportResult {
    rejects = List.copyOf(rejects);
  }
}
