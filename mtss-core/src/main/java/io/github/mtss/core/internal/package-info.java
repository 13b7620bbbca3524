/** What the value types of every module share; not part of the API and subject to change. */
@NullMarked
package io.github.mtss.core.internal;

import org.jspecify.annotations.NullMarked;
