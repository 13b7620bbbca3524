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
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Partner} values; see {@link #builder()}. */
  public static final class Builder extends ImmutablePartner.Builder {}
}
