package io.github.mtss.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy file cannot be used: unreadable, not a map, an unknown key, a value of the
 * wrong kind, or values that contradict each other. {@link #messages()} locates every problem.
 */
public final class PolicyFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<RuleMessage> messages;

  /** Creates an exception for the given problems. */
  public PolicyFileException(List<RuleMessage> messages) {
    super("policy file rejected:\n" + messages.stream().map(RuleMessage::toString)
        .collect(Collectors.joining("\n")));
    this.messages = List.copyOf(messages);
  }

  /** Returns every problem found. */
  public List<RuleMessage> messages() {
    return messages;
  }
}
