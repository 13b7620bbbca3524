package io.github.mtss.rules.internal;

import io.github.mtss.rules.facts.Finding;
import io.github.mtss.core.Student;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

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
  private final String subject;
  private final Function<Object, @Nullable String> subjectOf;
  private volatile @Nullable Match current;

  /** Records by student: the id of a {@link Student} or of a {@link Finding}'s student. */
  FiringRecorder() {
    this("student", FiringRecorder::studentOf);
  }

  /**
   * Records by the subject {@code subjectOf} finds in a matched fact (null: none); {@code
   * subject} says what it is in messages, e.g. {@code plan}.
   */
  FiringRecorder(String subject, Function<Object, @Nullable String> subjectOf) {
    this.subject = subject;
    this.subjectOf = subjectOf;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch();
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

  /** Names the rule firing now (or last) and its subject, or says that none fired yet. */
  String current() {
    Match match = current;
    return match == null ? "the rules (before any rule fired)" : describe(match);
  }

  /** Names a match's rule and its subject, e.g. {@code rule "Boom" for student "S1"}. */
  String describe(Match match) {
    String named = "rule \"" + match.getRule().getName() + "\"";
    return match.getObjects().stream().map(subjectOf).filter(Objects::nonNull).findFirst()
        .map(id -> named + " for " + subject + " \"" + id + "\"").orElse(named);
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
