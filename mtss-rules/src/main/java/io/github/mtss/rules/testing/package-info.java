/**
 * Scenario tests for rule authors: students written with the columns of {@code students.csv},
 * with the tier, levels, needs, flags, family actions and reasons a district expects, checked
 * against an {@link io.github.mtss.rules.MtssEngine} by {@link ScenarioRunner} (and by
 * {@code mtss test-rules}).
 */
@NullMarked
package io.github.mtss.rules.testing;

import org.jspecify.annotations.NullMarked;
