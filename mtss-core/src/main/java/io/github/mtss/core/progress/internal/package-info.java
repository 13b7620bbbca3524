/** Least-squares and aimline arithmetic behind {@link io.github.mtss.core.progress.PlanReview}; not API. */
@NullMarked
package io.github.mtss.core.progress.internal;

import org.jspecify.annotations.NullMarked;
