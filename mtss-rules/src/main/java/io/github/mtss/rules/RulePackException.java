package io.github.mtss.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rule set cannot be used: a rule file does not compile, cannot be read, is too
 * large, uses what rules may not (see {@link MtssEngine.Builder#allowUnsafeRules}), or its rules
 * keep re-activating each other past the policy's firing limit, run past its wall-clock limit or
 * throw from a consequence (the message names the rule and the student). Nothing has been screened
 * when it is thrown from a build; {@link #messages()} lists every problem with its location.
 */
public final class RulePackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<RuleMessage> messages;

  /** Creates an exception for the given problems. */
  public RulePackException(String summary, List<RuleMessage> messages) {
    super(summary + (messages.isEmpty() ? "" : ":\n" + messages.stream()
        .map(RuleMessage::toString).collect(Collectors.joining("\n"))));
    this.messages = List.copyOf(messages);
  }

  /** Returns every problem found, in file and line order. */
  public List<RuleMessage> messages() {
    return messages;
  }
}
