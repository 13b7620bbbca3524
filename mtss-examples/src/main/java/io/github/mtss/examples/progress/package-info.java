/** The {@code progress} command's outputs: plan decisions, reviews due and progress charts. */
@NullMarked
package io.github.mtss.examples.progress;

import org.jspecify.annotations.NullMarked;
