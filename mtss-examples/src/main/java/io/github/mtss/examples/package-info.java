/**
 * The MTSS command-line tool ({@code io.github.mtss.examples.cli}: picocli commands, the demo
 * district, the terminal tables) and what only the tool needs: the terminal progress bar,
 * research helpers and the HTML report, progress charts, scenarios. It is a thin layer over
 * the library modules: the engine ({@code io.github.mtss.rules.MtssEngine}) and the batch
 * pipeline with the CSV interchange ({@code io.github.mtss.batch.BatchScreen}). Nothing here is
 * a library API, and the module is not deployed.
 */
@NullMarked
package io.github.mtss.examples;

import org.jspecify.annotations.NullMarked;
