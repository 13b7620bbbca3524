package io.github.mtss.rules.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...": the known name closest to a misspelt one (a policy key, a fact's field, a
 * rule name), by edit distance, ignoring case. Only a close name is suggested, never a list.
 */
public final class NameSuggestions {
  private NameSuggestions() {}

  /**
   * Returns the known name closest to {@code name} when it is close enough to be a misspelling
   * of it: at most a third of the name's letters differ (at least one, at most four edits).
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    int allowed = Math.max(1, Math.min(4, name.length() / 3));
    return known.stream().filter(candidate -> !candidate.equals(name))
        .map(candidate -> new Scored(candidate, distance(fold(name), fold(candidate))))
        .filter(scored -> scored.distance() <= allowed)
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .map(Scored::name);
  }

  /** Returns {@code "; did you mean 'x'?"} for the closest known name, or nothing. */
  public static String didYouMean(String name, Collection<String> known) {
    return closest(name, known).map(match -> "; did you mean '" + match + "'?").orElse("");
  }

  /** Returns the Levenshtein distance between two texts: insertions, deletions, changes. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private record Scored(String name, int distance) {}
}
