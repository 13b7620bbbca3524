package io.github.mtss.rules.internal;

import io.github.mtss.core.Finding;
import io.github.mtss.core.Student;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, for each student, the names of the rules that fired on its facts, and how often each
 * rule fired in all (to name the rules of a runaway loop).
 */
final class FiringRecorder extends DefaultAgendaEventListener {
  private final Map<String, Set<String>> rulesByStudent = new HashMap<>();
  private final Map<String, Integer> firingsByRule = new HashMap<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    String rule = event.getMatch().getRule().getName();
    firingsByRule.merge(rule, 1, Integer::sum);
    for (Object fact : event.getMatch().getObjects()) {
      String studentId = studentOf(fact);
      if (studentId != null) {
        rulesByStudent.computeIfAbsent(studentId, id -> new TreeSet<>()).add(rule);
      }
    }
  }

  Set<String> rulesFor(String studentId) {
    return rulesByStudent.getOrDefault(studentId, Set.of());
  }

  Map<String, Integer> firingsByRule() {
    return firingsByRule;
  }

  private static @org.jspecify.annotations.Nullable String studentOf(Object fact) {
    if (fact instanceof Student) {
      return ((Student) fact).studentId();
    }
    if (fact instanceof Finding) {
      return ((Finding) fact).studentId();
    }
    return null;
  }
}
