/** The min-cost flow behind {@link io.github.mtss.core.allocation.SeatPlan}; not API. */
@NullMarked
package io.github.mtss.core.allocation.internal;

import org.jspecify.annotations.NullMarked;
