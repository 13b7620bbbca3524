/**
 * Equity checks on screening results: {@link io.github.mtss.core.equity.Disproportionality}
 * compares each subgroup's risk of Tier 3 (and of Tiers 2-3) with everyone else's, as
 * {@link io.github.mtss.core.equity.RiskRatio}s, in memory or streamed through a
 * {@link io.github.mtss.core.equity.Disproportionality.Tally}. Demographic columns are read here
 * only, never by the rules.
 */
@ValueStyle
@NullMarked
package io.github.mtss.core.equity;

import io.github.mtss.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
