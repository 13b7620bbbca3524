/**
 * Benchmarks of the MTSS library and the plain-Java reference evaluator of the default tiering
 * rules, used to check the rule engine's decisions and to measure what the engine costs:
 * {@code BenchTable} (the in-process table), {@code DecideBenchmark} (JMH),
 * {@code TiersPipeline} (end to end, rules or plain Java), {@code DuckDbPeer} (the same tiers as
 * one DuckDB SQL query, the peer baseline), {@code ReferenceEvaluator} and
 * {@code ReferenceCheck} (rules against the reference), {@code AllocationScale}.
 */
@NullMarked
package io.github.mtss.bench;

import org.jspecify.annotations.NullMarked;
