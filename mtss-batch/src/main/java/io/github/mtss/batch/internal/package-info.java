/**
 * The implementation of mtss-batch; not API, and changed without notice. Nothing outside
 * mtss-batch uses it.
 *
 * <ul>
 *   <li>{@link io.github.mtss.batch.internal.StreamingScreen}: the pipeline of a
 *       {@link io.github.mtss.batch.BatchScreen}, reading the source, screening chunks on a pool
 *       of threads, a bounded number at a time, and handing them to the sink;
 *       {@link io.github.mtss.batch.internal.Tasks} waits for those tasks.
 *   <li>{@link io.github.mtss.batch.internal.CsvDirectorySink}: the CSV sink. Its sort records
 *       ({@link io.github.mtss.batch.internal.StudentRecord}, with the rows pre-formatted as
 *       CSV bytes, and {@link io.github.mtss.batch.internal.PendingRequest}) go through two
 *       {@link io.github.mtss.batch.internal.ExternalSort}s; the merge writes the per-student
 *       files and counts the summary, and the seat requests stream through the core assign loop
 *       into {@link io.github.mtss.batch.internal.MatchingOutputs}.
 *       {@link io.github.mtss.batch.internal.ScreeningOutputs} holds the columns and
 *       summary.json; {@link io.github.mtss.batch.OutputDirectory} commits the files
 *       all or none.
 *   <li>{@link io.github.mtss.batch.internal.ParallelScreening}: screening a list in memory on
 *       several threads, behind {@link io.github.mtss.batch.BatchScreen#decide}.
 * </ul>
 */
@NullMarked
package io.github.mtss.batch.internal;

import org.jspecify.annotations.NullMarked;
