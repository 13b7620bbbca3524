/**
 * Who gets the limited seats of partner services: a global decision, made by an algorithm from
 * what the rules decided per student.
 *
 * <ul>
 *   <li>{@link io.github.mtss.core.allocation.SeatRequests} turns screening decisions into
 *       {@link io.github.mtss.core.allocation.SeatRequest}s: one per need, with its priority and
 *       the services it is eligible for.
 *   <li>{@link io.github.mtss.core.allocation.SeatPlan} is the allocation itself: it solves the
 *       optimal number of seats per group of interchangeable requests from the group sizes
 *       alone, and its {@link io.github.mtss.core.allocation.SeatPlan#assign} hands each group's
 *       seats to its members in student-id order, reporting every request met or unmet. This
 *       is the one assign loop; a streaming screen and a Spark job use it directly.
 *   <li>{@link io.github.mtss.core.allocation.SeatAllocation} is the in-memory convenience on
 *       top of the plan: every request at once in, every seat and unmet need out.
 * </ul>
 */
@ValueStyle
@NullMarked
package io.github.mtss.core.allocation;

import io.github.mtss.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
