/**
 * What the command-line tool shows on a terminal: {@link io.github.mtss.examples.io.TerminalProgress},
 * a progress bar that is also the {@link io.github.mtss.batch.ProgressListener} of the tool's
 * batch screenings. The CSV readers and writers are in {@code io.github.mtss.batch}.
 */
@NullMarked
package io.github.mtss.examples.io;

import org.jspecify.annotations.NullMarked;
