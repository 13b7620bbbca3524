/**
 * The MTSS command-line tool and the world outside the library: CSV files, the demo district,
 * reports. Nothing here is a library API; see {@code io.github.mtss.rules.MtssEngine} for that.
 */
@NullMarked
package io.github.mtss.examples;

import org.jspecify.annotations.NullMarked;
