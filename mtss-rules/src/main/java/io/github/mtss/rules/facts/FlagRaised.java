package io.github.mtss.rules.facts;

import io.github.mtss.core.ContextFlag;
import org.immutables.value.Value;

/** A rule's finding that a {@link ContextFlag} applies to a student. */
@Value.Immutable(builder = false)
public abstract class FlagRaised implements Finding {
  /** Returns the student the finding is about. */
  @Override
  @Value.Parameter
  public abstract String studentId();

  /** Returns the flag. */
  @Value.Parameter
  public abstract ContextFlag flag();

  /** Returns a finding. */
  public static FlagRaised of(String studentId, ContextFlag flag) {
    return ImmutableFlagRaised.of(studentId, flag);
  }
}
