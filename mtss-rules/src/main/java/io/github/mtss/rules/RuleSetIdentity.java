package io.github.mtss.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * What identifies a compiled rule set, so that a result can be reproduced and explained: the rule
 * files in load order, a SHA-256 hash over their names and contents and the disabled rule names,
 * how many rules are active, and which default rules a district's pack replaced or disabled.
 */
@Value.Immutable
public abstract class RuleSetIdentity {
  /** Returns the rule files, defaults first, as {@code classpath:} resources or file paths. */
  public abstract List<String> files();

  /** Returns the hex SHA-256 of every file's name and content and of the disabled names. */
  public abstract String sha256();

  /** Returns the number of rules that can fire. */
  public abstract int activeRules();

  /** Returns the default rules that a pack rule of the same name replaced, sorted. */
  public abstract List<String> replaced();

  /**
   * Returns the pack's rules whose names are no default rule's: rules added beside the defaults,
   * sorted.
   */
  public abstract List<String> added();

  /**
   * Returns what does not stop the rules from compiling but is most likely a mistake, located in
   * the pack: an added rule whose name is close to a default rule's (a misspelt replacement).
   */
  public abstract List<RuleMessage> warnings();

  /** Returns the default rules the pack's manifest disabled, sorted. */
  public abstract List<String> disabled();

  /** Returns a short version label: the first 12 hex digits of {@link #sha256()}. */
  public String version() {
    return sha256().substring(0, 12);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleSetIdentity} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableRuleSetIdentity.Builder {}
}
