/**
 * Scenario tests for rule authors: students with the tier, levels, needs and flags a district
 * expects, checked against a rule set by {@code mtss test-rules}.
 */
@NullMarked
package io.github.mtss.examples.scenarios;

import org.jspecify.annotations.NullMarked;
