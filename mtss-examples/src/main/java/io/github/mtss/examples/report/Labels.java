package io.github.mtss.examples.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File ids as a person reads them: {@code mental_health} is "Mental health", {@code tier2_3}
 * "Tier 2-3", {@code tier3} "Tier 3", {@code community_based} "Community based".
 */
public final class Labels {
  private static final Pattern TIERS = Pattern.compile("tier(\\d)(?:_(\\d))?");

  private Labels() {}

  /** Returns the id as a label: tiers spelt out, underscores as spaces, a capital first. */
  public static String of(String id) {
    Matcher tiers = TIERS.matcher(id);
    if (tiers.matches()) {
      return "Tier " + tiers.group(1) + (tiers.group(2) == null ? "" : "-" + tiers.group(2));
    }
    String words = id.replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
