/**
 * The screening engine: Drools rule sets that turn {@link io.github.mtss.core.Student} snapshots
 * into {@link io.github.mtss.core.TierDecision}s with their reasons.
 *
 * <p>Build one {@link io.github.mtss.rules.MtssEngine} per rule set and policy and share it: it
 * compiles the rules once and is safe to use from many threads. A rule file that does not compile
 * fails the build with a {@link io.github.mtss.rules.RulePackException} listing each problem as
 * {@code file:line:column: message}.
 *
 * <pre>{@code
 * MtssEngine engine = MtssEngine.builder().policy(Policy.defaults()).build();
 * TierDecision decision = engine.screen(student);
 * String why = decision.tier() + " because " + decision.reasons();
 * }</pre>
 *
 * <p>The facts rules match and insert are in {@code io.github.mtss.rules.facts}; scenario tests
 * that prove a rule pack decides as a district expects are in {@code io.github.mtss.rules.testing}.
 */
@ValueStyle
@NullMarked
package io.github.mtss.rules;

import io.github.mtss.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
