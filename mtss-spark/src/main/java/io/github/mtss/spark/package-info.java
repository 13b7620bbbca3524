/**
 * {@code mtss screen --partners} as an Apache Spark job, for a state or a district that has
 * outgrown one machine: {@link io.github.mtss.spark.SparkScreen} (the job and its builder) and
 * {@link io.github.mtss.spark.SparkScreenMain} (its {@code spark-submit} entry point). Spark is a
 * provided dependency: the cluster brings it.
 *
 * <p>Map: {@code internal.EngineInputs} (the policy, rule pack and partners as bytes that are
 * broadcast) and {@code internal.Engines} (the engine each JVM builds from them once);
 * {@code internal.StudentLines} (the students file as numbered lines) and
 * {@code internal.ScreenPartition} (one partition screened by mtss-batch's {@code BatchScreen});
 * {@code internal.PlanSeats} (the driver's seat plan, broadcast) and
 * {@code internal.AssignPartition} (its seats handed out through {@code SeatPlan.assign});
 * {@code internal.OutputFiles} (CSV files or Parquet written through Spark's committers).
 */
@NullMarked
package io.github.mtss.spark;

import org.jspecify.annotations.NullMarked;
