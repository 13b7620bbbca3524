package io.github.mtss.rules.internal;

import io.github.mtss.rules.RuleMessage;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Warns of a pack rule that adds a rule although its name is close to a default rule's: most
 * likely a misspelt replacement, which would leave the default rule running beside it.
 */
final class RuleNameCheck {
  private RuleNameCheck() {}

  /**
   * Returns one warning, at the rule's declaration, for each added rule whose name is close to a
   * default rule's.
   */
  static List<RuleMessage> nearDefaults(Collection<String> added, Set<String> defaults,
      Collection<RuleSource> packSources) {
    return added.stream().flatMap(name -> warning(name, defaults, packSources).stream())
        .sorted(SourceLocator.ORDER).toList();
  }

  private static Optional<RuleMessage> warning(String name, Set<String> defaults,
      Collection<RuleSource> packSources) {
    return NameSuggestions.closest(name, defaults).map(match -> SourceLocator.locateRule(
        packSources, name, "rule \"" + name + "\" is added beside the default rules, not a "
            + "replacement; to replace the default rule \"" + match + "\", give it that exact "
            + "name"));
  }
}
