package io.github.mtss.rules.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps rule packs written before the rule facts moved to {@code io.github.mtss.rules.facts}
 * compiling: a fact imported by its old name in {@code io.github.mtss.core} is imported from its
 * new package, and a wildcard import of {@code io.github.mtss.core.*} also imports the facts.
 * Only import text changes, on its own line, so every message keeps its line; nothing else in a
 * file is touched.
 */
final class MovedFacts {
  /** The facts that moved, by simple name. */
  static final List<String> NAMES = List.of("Finding", "IndicatorLevel", "IndicatorMissing",
      "FlagRaised", "TierProposal", "TierAssigned", "DomainLevels", "ServiceMisfit",
      "ServiceCandidate", "NeedIdentified", "FamilyAction", "ProgressDecision");
  private static final String FACTS = "io.github.mtss.rules.facts";
  private static final Pattern OLD_NAME = Pattern.compile(
      "\\bio\\.github\\.mtss\\.core\\.(" + String.join("|", NAMES) + ")\\b");
  private static final Pattern WILDCARD = Pattern.compile(
      "(?m)^(\\s*import\\s+io\\.github\\.mtss\\.core\\.\\*\\s*;?)");

  private MovedFacts() {}

  /** Returns the rule file's text with moved facts imported from their new package. */
  static String rename(String text) {
    String renamed = OLD_NAME.matcher(text).replaceAll(FACTS + ".$1");
    Matcher wildcard = WILDCARD.matcher(renamed);
    return wildcard.replaceAll(match -> Matcher.quoteReplacement(
        match.group(1) + (match.group(1).endsWith(";") ? "" : ";") + " import " + FACTS
            + ".*;"));
  }
}
