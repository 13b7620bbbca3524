package io.github.mtss.rules.facts;

import org.immutables.value.Value;

/**
 * A rule's conclusion that the school should take an action to engage a student's family, such as
 * {@code interpreter}, {@code translated_materials}, {@code plain_language_materials},
 * {@code freshman_transition} or {@code postsecondary_planning}. Actions are lower-case
 * identifiers so that a district's rules can add their own.
 */
@Value.Immutable(builder = false)
public abstract class FamilyAction implements Finding {
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the action's identifier, e.g. {@code interpreter}. */
  @Value.Parameter
  public abstract String action();

  /** Returns a conclusion. */
  public static FamilyAction of(String studentId, String action) {
    return ImmutableFamilyAction.of(studentId, action);
  }
}
