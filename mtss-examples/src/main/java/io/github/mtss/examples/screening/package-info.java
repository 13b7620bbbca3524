/** Part of the MTSS command-line tool; see {@link io.github.mtss.examples}. */
@NullMarked
package io.github.mtss.examples.screening;

import org.jspecify.annotations.NullMarked;
