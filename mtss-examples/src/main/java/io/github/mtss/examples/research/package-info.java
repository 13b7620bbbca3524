/**
 * Tools for researchers and district analysts: the synthetic district generator, policy
 * comparison, disproportionality and the HTML report.
 */
@NullMarked
package io.github.mtss.examples.research;

import org.jspecify.annotations.NullMarked;
