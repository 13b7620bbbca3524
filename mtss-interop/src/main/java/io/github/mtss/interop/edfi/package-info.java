/**
 * Ed-Fi in: a district's Ed-Fi data aggregated into the students.csv of the formats contract;
 * the published API of mtss-interop for Ed-Fi.
 *
 * <ul>
 *   <li>{@link io.github.mtss.interop.edfi.EdFiImport} and its builder: the import as of a day
 *       over its school year, from directories of saved API JSON (one file per resource, a JSON
 *       array or one document per line) and XML interchange files, into students.csv,
 *       import-rejects.csv and import-summary.json, all or none; a supplement for what Ed-Fi
 *       does not hold, and the explanation of one student's values.
 *   <li>{@link io.github.mtss.interop.edfi.EdFiMapping}: the code lists and thresholds the
 *       aggregation follows, the shipped defaults or a district's mapping file over them.
 *   <li>{@link io.github.mtss.interop.edfi.EdFiImportResult}: what an import wrote and the
 *       counts of each resource's records (used, ignored, rejected).
 *   <li>{@link io.github.mtss.interop.edfi.EdFiApiClient}: downloads the resources the import
 *       reads from a live Ed-Fi ODS/API into files the import then reads.
 * </ul>
 *
 * <p>The aggregation rules and every default are described in docs/edfi.md.
 */
@NullMarked
package io.github.mtss.interop.edfi;

import org.jspecify.annotations.NullMarked;
