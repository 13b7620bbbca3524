package io.github.mtss.core;

import org.immutables.value.Value;

/** A community organisation that offers services to students and families (HSDS organization). */
@Value.Immutable
public abstract class Partner {
  /** Returns the partner's identifier. */
  public abstract String id();

  /** Returns the partner's name. */
  public abstract String name();

  /** Returns the kind of organisation. */
  public abstract PartnerType type();

  /** Returns a new builder. */
  public static ImmutablePartner.Builder builder() {
    return ImmutablePartner.builder();
  }
}
