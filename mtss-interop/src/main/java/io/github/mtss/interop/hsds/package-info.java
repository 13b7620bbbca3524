/**
 * Community-services directories published as HSDS 3.x (Open Referral) into partners.csv.
 *
 * <ul>
 *   <li>{@link io.github.mtss.interop.hsds.HsdsImport} reads a tabular data package or API JSON
 *       and writes partners.csv, import-rejects.csv and import-summary.json; build one with
 *       {@link io.github.mtss.interop.hsds.HsdsImport#builder()}.
 *   <li>{@link io.github.mtss.interop.hsds.HsdsMapping} is the mapping: taxonomy terms to need
 *       categories and partner types, kindergarten age, school radius, evening hour, statuses,
 *       capacity figures; shipped defaults, overridden by a district's file.
 *   <li>{@link io.github.mtss.interop.hsds.HsdsImportResult} is what an import did.
 * </ul>
 */
@NullMarked
package io.github.mtss.interop.hsds;

import org.jspecify.annotations.NullMarked;
