package io.github.mtss.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * What identifies a compiled rule set, so that a result can be reproduced: the rule files in load
 * order and a SHA-256 hash over their names and contents.
 */
@Value.Immutable
public abstract class RuleSetIdentity {
  /** Returns the rule files, defaults first, as {@code classpath:} resources or file paths. */
  public abstract List<String> files();

  /** Returns the hex SHA-256 of every file's name and content, in load order. */
  public abstract String sha256();

  /** Returns a short version label: the first 12 hex digits of {@link #sha256()}. */
  public String version() {
    return sha256().substring(0, 12);
  }

  /** Returns a new builder. */
  public static ImmutableRuleSetIdentity.Builder builder() {
    return ImmutableRuleSetIdentity.builder();
  }
}
