package io.github.mtss.rules.internal;

import io.github.mtss.rules.facts.Finding;
import io.github.mtss.core.Student;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, for each subject (a student, or a plan), the names of the rules that fired on its
 * facts, and how often each rule fired in all (to name the rules of a runaway loop). Rules with
 * the metadata attribute {@code @fold} only fold findings into one fact; they are counted but are
 * never a subject's reason.
 */
final class FiringRecorder extends DefaultAgendaEventListener {
  /** The metadata attribute of a fold rule. */
  static final String FOLD = "fold";

  private final Map<String, Set<String>> rulesByStudent = new HashMap<>();
  private final Map<String, Integer> firingsByRule = new HashMap<>();
  private final Function<Object, @Nullable String> subjectOf;

  /** Records by student: the id of a {@link Student} or of a {@link Finding}'s student. */
  FiringRecorder() {
    this(FiringRecorder::studentOf);
  }

  /** Records by the subject {@code subjectOf} finds in a matched fact (null: none). */
  FiringRecorder(Function<Object, @Nullable String> subjectOf) {
    this.subjectOf = subjectOf;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    String rule = event.getMatch().getRule().getName();
    firingsByRule.merge(rule, 1, Integer::sum);
    if (event.getMatch().getRule().getMetaData().containsKey(FOLD)) {
      return;
    }
    for (Object fact : event.getMatch().getObjects()) {
      String studentId = subjectOf.apply(fact);
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

  private static @Nullable String studentOf(Object fact) {
    if (fact instanceof Student) {
      return ((Student) fact).studentId();
    }
    if (fact instanceof Finding) {
      return ((Finding) fact).studentId();
    }
    return null;
  }
}
