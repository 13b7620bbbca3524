package io.github.mtss.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one style of this project's value types, applied to a package: accessors without prefixes,
 * builder setters named like the attributes, the generated implementation package-private (an
 * embedder sees the abstract type and its {@code Builder}), and JDK collections only, so no
 * Guava type appears in a public signature.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true)
public @interface ValueStyle {}
