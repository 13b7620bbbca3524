package io.github.mtss.rules.internal;

import io.github.mtss.rules.RuleMessage;
import io.github.mtss.rules.RulePackException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the error for rules that kept re-activating each other past the firing limit. */
final class RunawayRules {
  private static final int NAMED_RULES = 5;

  private RunawayRules() {}

  static RulePackException stopped(int fired, int students, Map<String, Integer> firingsByRule) {
    List<RuleMessage> culprits = firingsByRule.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(NAMED_RULES)
        .map(e -> RuleMessage.builder()
            .file("rule \"" + e.getKey() + "\"")
            .line(0)
            .column(0)
            .message("fired " + e.getValue() + " times")
            .build())
        .collect(Collectors.toList());
    return new RulePackException("rules stopped after " + fired + " firings for " + students
        + " student(s), the limit set by max_firings_per_student; the rules probably re-activate"
        + " each other (modify/update in a loop)", culprits);
  }
}
