package io.github.mtss.interop.edfi;

import java.util.List;
import java.util.Map;

/**
 * What an Ed-Fi import did: the students written to students.csv, the lines of
 * import-rejects.csv, the school year read, the counts of each resource's records and, when a
 * student was to be explained, which record produced each of that student's values.
 *
 * @param studentsWritten rows of students.csv
 * @param rejectLines lines of import-rejects.csv (records, students and supplement rows)
 * @param schoolYear the school year of the import day, as Ed-Fi writes it (2022 for 2021-22)
 * @param resources the counts per resource name
 * @param explanation for the explained student, one line per record that made or did not make
 *     a value; empty when none was asked for
 */
public record EdFiImportResult(long studentsWritten, long rejectLines, int schoolYear,
    Map<String, ResourceCounts> resources, List<String> explanation) {

  /** Copies the collections. */
  public EdFiImportResult {
    resources = Map.copyOf(resources);
    explanation = List.copyOf(explanation);
  }

  /**
   * The records of one resource: read = used + ignored + rejected.
   *
   * @param read records read
   * @param used records that produced a value
   * @param ignored records left out for a reason the summary gives (another year, not an
   *     absence, after the import day...)
   * @param rejected records that could not be read, listed in import-rejects.csv
   */
  public record ResourceCounts(long read, long used, long ignored, long rejected) {}
}
