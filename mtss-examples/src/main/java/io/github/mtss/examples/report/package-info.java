/**
 * The parts of {@code report.html}, the page {@link io.github.mtss.examples.research.HtmlReport}
 * assembles from a screen's output directory.
 *
 * <ul>
 *   <li>{@link io.github.mtss.examples.report.ReportSection}: one part of the page; the report's
 *       own sections ({@code Overview}, {@code SchoolTiers}, {@code GradeTiers},
 *       {@code Indicators}, {@code Needs}, {@code Partners}, {@code Disproportionality}) and any
 *       section another command adds implement it.
 *   <li>{@link io.github.mtss.examples.report.ReportRun}: what a section reads: the directory,
 *       its summary.json, the report's settings, and its CSV files row by row (streamed).
 *   <li>{@link io.github.mtss.examples.report.Html} (escaping, tables, number formats) and
 *       {@link io.github.mtss.examples.report.Chart} (a chart as data that {@code report.js}
 *       draws): the only ways a section writes markup or a chart.
 *   <li>{@link io.github.mtss.examples.report.Labels}: file ids as a person reads them.
 * </ul>
 */
@NullMarked
package io.github.mtss.examples.report;

import org.jspecify.annotations.NullMarked;
