/** How the engine compiles, caches and runs rule files; not API and subject to change. */
@ValueStyle
@NullMarked
package io.github.mtss.rules.internal;

import io.github.mtss.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
