/**
 * Benchmarks of the MTSS library and the plain-Java reference evaluator of the default tiering
 * rules, used to check the rule engine's decisions and to measure what the engine costs.
 */
@NullMarked
package io.github.mtss.bench;

import org.jspecify.annotations.NullMarked;
