/**
 * Runs a district through the engine in bounded memory; the published API of mtss-batch.
 *
 * <ul>
 *   <li>The entry point: {@link io.github.mtss.batch.BatchScreen} and its builder, with the
 *       {@link io.github.mtss.batch.Limits} that bound memory and the
 *       {@link io.github.mtss.batch.ProgressListener} told of progress (nothing is read from
 *       system properties or drawn on the console); {@code decide} screens a roster already in
 *       memory.
 *   <li>Where students come from and where results go: a
 *       {@link io.github.mtss.batch.StudentSource} (a students.csv file or stream, a list, or
 *       the embedder's own) and a {@link io.github.mtss.batch.ScreeningSink}, which receives
 *       each {@link io.github.mtss.batch.ScreenedStudent} and each
 *       {@link io.github.mtss.batch.RejectedRow}. The CSV files of {@code shared/formats.md},
 *       written all or none into a directory, are one sink; a Spark job or an application
 *       passes its own.
 *   <li>Placing students: {@link io.github.mtss.batch.TierRecords} (overrides, running plans and
 *       tier history).
 *   <li>Results of the CSV sink: {@link io.github.mtss.batch.ScreeningRun} with its
 *       {@link io.github.mtss.batch.ScreeningSummary} and
 *       {@link io.github.mtss.batch.MatchingSummary}.
 *   <li>The CSV interchange of {@code shared/formats.md}: the readers
 *       {@link io.github.mtss.batch.StudentCsv}, {@link io.github.mtss.batch.PartnerCsv},
 *       {@link io.github.mtss.batch.PlanCsv} and {@link io.github.mtss.batch.TierRecordsCsv} on
 *       the generic {@link io.github.mtss.batch.CsvInput} and
 *       {@link io.github.mtss.batch.CsvRow}, {@link io.github.mtss.batch.InputFiles} to open
 *       named files, {@link io.github.mtss.batch.InputFileException} for a file unusable as a
 *       whole, the writer {@link io.github.mtss.batch.CsvOutput},
 *       {@link io.github.mtss.batch.ScreeningRows} (each output file's columns and rows as the
 *       CSV sink formats them, for a sink that writes them elsewhere, such as mtss-spark), and
 *       {@link io.github.mtss.batch.OutputDirectory}, which commits a command's files all or
 *       none.
 * </ul>
 *
 * <p>The implementation (chunked screening, external sort, the
 * sort records and the matching writers of the CSV sink) is in
 * {@code io.github.mtss.batch.internal}, which is not API.
 */
@NullMarked
package io.github.mtss.batch;

import org.jspecify.annotations.NullMarked;
