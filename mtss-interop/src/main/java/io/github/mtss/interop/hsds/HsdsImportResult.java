package io.github.mtss.interop.hsds;

import io.github.mtss.batch.RejectedRow;
import java.util.List;

/**
 * What an HSDS import did: how many services it read and wrote as partners.csv rows, how many it
 * ignored (by status) or rejected, the rejects themselves (as written to import-rejects.csv) and
 * the warnings (as in import-summary.json).
 *
 * @param format the input's format, {@code HSDS 3 tabular data package} or
 *     {@code HSDS 3 API JSON}
 * @param servicesRead the services read
 * @param partnersRows the rows written to partners.csv
 * @param servicesIgnored the services left out for their status
 * @param servicesRejected the services rejected (each has a reject)
 * @param rejects every reject: services, rows of the other tables, supplement and schools rows
 * @param warnings what was assumed, e.g. a default partner type
 */
public record HsdsImportResult(String format, int servicesRead, int partnersRows,
    int servicesIgnored, int servicesRejected, List<RejectedRow> rejects, List<String> warnings) {

  /** Copies the lists, so the result is immutable. */
  public HsdsImportResult {
    rejects = List.copyOf(rejects);
    warnings = List.copyOf(warnings);
  }
}
