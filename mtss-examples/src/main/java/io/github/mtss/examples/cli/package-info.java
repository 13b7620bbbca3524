/**
 * The {@code mtss} command line: {@link io.github.mtss.examples.cli.MtssCommand} and one class per
 * command (demo, screen, validate, test-rules, progress, generate, compare, report, rules export,
 * completion, and picocli's help). {@code HelpLayout} gives every command the same help: required
 * options first and marked, an examples footer. {@code Failures} and {@code OutputPaths} turn
 * problems a user can fix into messages and exit codes; see {@link io.github.mtss.examples}.
 */
@NullMarked
package io.github.mtss.examples.cli;

import org.jspecify.annotations.NullMarked;
