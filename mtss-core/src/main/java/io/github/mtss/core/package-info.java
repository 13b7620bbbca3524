/**
 * The MTSS domain model: what a district screens, decides and offers, with no rule engine and no
 * file format in it.
 *
 * <p>A {@link io.github.mtss.core.Student} is one student's year-to-date snapshot on the
 * early-warning indicators (attendance, behavior, coursework). Screening turns a snapshot into a
 * {@link io.github.mtss.core.TierDecision}: a level per {@link io.github.mtss.core.Domain}, the
 * context flags, the support {@link io.github.mtss.core.Tier}, and the names of the rules that
 * led there. Every cut-point those rules use lives in a {@link io.github.mtss.core.Policy}, whose
 * defaults follow the published references listed on each attribute.
 *
 * <p>All value types are immutable and thread-safe; build them with their {@code builder()}.
 */
@ValueStyle
@NullMarked
package io.github.mtss.core;

import io.github.mtss.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
