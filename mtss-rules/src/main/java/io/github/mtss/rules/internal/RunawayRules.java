package io.github.mtss.rules.internal;

import io.github.mtss.rules.RulePackException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the error for rules that kept re-activating each other past the firing limit. */
final class RunawayRules {
  private static final int NAMED_RULES = 5;

  private RunawayRules() {}

  static RulePackException stopped(long fired, int students, Map<String, Integer> firingsByRule) {
    String culprits = firingsByRule.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(NAMED_RULES)
        .map(e -> "\"" + e.getKey() + "\" fired " + e.getValue() + " times")
        .collect(Collectors.joining(", "));
    return new RulePackException("rules stopped after " + fired + " firings for " + students
        + " student(s), the limit set by max_firings_per_student; rules that keep re-activating"
        + " each other (modify/update in a loop) are the likely cause. Most fired: " + culprits,
        List.of());
  }
}
