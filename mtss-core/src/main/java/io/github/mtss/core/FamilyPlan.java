package io.github.mtss.core;

import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How the school engages one student's family: the language to use, when to reach the family, and
 * the actions the rules concluded (interpreter, translated or plain-language materials, freshman
 * transition or post-secondary planning outreach, a family meeting, or a district's own).
 */
@Value.Immutable
public abstract class FamilyPlan {
  /** The action that asks for plain-language or oral materials. */
  public static final String PLAIN_LANGUAGE_MATERIALS = "plain_language_materials";

  /** Returns the family's language (ISO 639-1), or {@code null} when unknown. */
  public abstract @Nullable String language();

  /** Returns when the family can be reached, in declaration order. */
  public abstract Set<Availability> contactWindows();

  /** Returns the actions, sorted. */
  @Value.NaturalOrder
  public abstract SortedSet<String> actions();

  /** Returns whether materials should be in plain language or oral. */
  public boolean plainLanguage() {
    return actions().contains(PLAIN_LANGUAGE_MATERIALS);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FamilyPlan} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableFamilyPlan.Builder {}
}
