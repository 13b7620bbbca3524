/**
 * The implementation of the Ed-Fi import; not API, and changed without notice.
 *
 * <ul>
 *   <li>Reading: {@link io.github.mtss.interop.edfi.internal.RecordReader} streams the records
 *       of a JSON file (Jackson's streaming parser, one document in memory at a time) or, with
 *       {@link io.github.mtss.interop.edfi.internal.XmlRecords}, of an XML interchange file
 *       (StAX) into {@link io.github.mtss.interop.edfi.internal.EdFiRecord}s of one shape;
 *       {@link io.github.mtss.interop.edfi.internal.Fields} reads their fields whichever the
 *       source, and {@link io.github.mtss.interop.edfi.internal.Codes} their descriptors.
 *   <li>Aggregating: {@link io.github.mtss.interop.edfi.internal.Aggregation} reads the files
 *       in four passes (sessions; enrolments and reference data; homerooms and demographics;
 *       events) into a compact {@link io.github.mtss.interop.edfi.internal.StudentState} per
 *       student, over the {@link io.github.mtss.interop.edfi.internal.SchoolYear} of the import
 *       day; {@link io.github.mtss.interop.edfi.internal.Attendance},
 *       {@link io.github.mtss.interop.edfi.internal.Outcomes} and
 *       {@link io.github.mtss.interop.edfi.internal.Demographics} hold the rules per indicator.
 *   <li>Accounting and writing: {@link io.github.mtss.interop.edfi.internal.Ledger} counts every
 *       record and writes the rejects and the summary;
 *       {@link io.github.mtss.interop.edfi.internal.StudentRows} writes students.csv with the
 *       {@link io.github.mtss.interop.edfi.internal.Supplement}; the
 *       {@link io.github.mtss.interop.edfi.internal.Importer} runs it all into an output
 *       directory.
 *   <li>{@link io.github.mtss.interop.edfi.internal.Mapping}: the mapping's values and the
 *       reader of mapping files, with file:line:column errors.
 *   <li>{@link io.github.mtss.interop.edfi.internal.ApiDownload}: the ODS/API client.
 * </ul>
 */
@NullMarked
package io.github.mtss.interop.edfi.internal;

import org.jspecify.annotations.NullMarked;
