/**
 * How the Spark job works; see the map in {@link io.github.mtss.spark}. Everything here may
 * change in any release.
 */
@NullMarked
package io.github.mtss.spark.internal;

import org.jspecify.annotations.NullMarked;
