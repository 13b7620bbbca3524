/**
 * How the HSDS import works; not part of the API.
 *
 * <ul>
 *   <li>{@link io.github.mtss.interop.hsds.internal.HsdsService}: one service with what the
 *       import uses, as both formats give it.
 *   <li>{@link io.github.mtss.interop.hsds.internal.TabularPackage} reads the CSV tables;
 *       {@link io.github.mtss.interop.hsds.internal.ApiDocuments} streams API JSON.
 *   <li>{@link io.github.mtss.interop.hsds.internal.PartnerRows} makes a service's partners.csv
 *       row, with {@code Schedules} (windows), {@code Languages} (ISO 639-1),
 *       {@link io.github.mtss.interop.hsds.internal.Schools} (distance) and
 *       {@link io.github.mtss.interop.hsds.internal.Supplement} (the district's own cells).
 *   <li>{@link io.github.mtss.interop.hsds.internal.MappingParser} reads mapping files with
 *       file:line:column errors; {@link io.github.mtss.interop.hsds.internal.ImportCounts}
 *       counts for the summary.
 * </ul>
 */
@NullMarked
package io.github.mtss.interop.hsds.internal;

import org.jspecify.annotations.NullMarked;
