package io.github.mtss.rules.internal;

import io.github.mtss.core.Student;
import io.github.mtss.rules.facts.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for each subject (a student, or a plan), the names of the rules that fired on its
 * facts, and how often each rule fired in all (to name the rules of a runaway loop). A rule
 * counts as a subject's <em>reason</em> when its phase explains the decision (for a student:
 * the indicator and tier phases, so {@code reasons} explains the tier); the rules of the needs
 * and eligibility phases, and of the family phase, are recorded apart, for the files they
 * explain. Rules with
 * the metadata attribute {@code @fold} only fold findings into one fact; they are counted but are
 * never a reason. What each rule is, is worked out once per rule, not per firing.
 */
final class FiringRecorder extends DefaultAgendaEventListener {
  /** The metadata attribute of a fold rule. */
  static final String FOLD = "fold";
  /** The phases whose rules explain a student's tier. */
  private static final Set<String> TIER_PHASES = Set.of(Phases.INDICATORS, Phases.TIERS);

  /** What a fired rule is to the subjects of its match, and how often it fired. */
  private enum Kind { FOLD, REASON, NEED, FAMILY }

  private static final class Fired {
    final String name;
    final Kind kind;
    int count;

    Fired(String name, Kind kind) {
      this.name = name;
      this.kind = kind;
    }
  }

  /** The rules fired for one subject, in firing order, repeats included. */
  private static final class Subject {
    final List<String> reasons = new ArrayList<>(8);
    final List<String> needs = new ArrayList<>(8);
    final List<String> family = new ArrayList<>(4);

    List<String> of(Kind kind) {
      return kind == Kind.REASON ? reasons : kind == Kind.NEED ? needs : family;
    }
  }

  private final Map<String, Subject> subjects = new HashMap<>();
  private final Map<Rule, Fired> rules = new IdentityHashMap<>();
  private final String subject;
  private final Function<Object, @Nullable String> subjectOf;
  private final Predicate<String> reasonPhase;
  private volatile @Nullable Match current;

  /** Records by student: the id of a {@link Student} or of a {@link Finding}'s student. */
  FiringRecorder() {
    this("student", FiringRecorder::studentOf, TIER_PHASES::contains);
  }

  /**
   * Records by the subject {@code subjectOf} finds in a matched fact (null: none); {@code
   * subject} says what it is in messages, e.g. {@code plan}. Every rule but the fold rules is a
   * reason.
   */
  FiringRecorder(String subject, Function<Object, @Nullable String> subjectOf) {
    this(subject, subjectOf, phase -> true);
  }

  private FiringRecorder(String subject, Function<Object, @Nullable String> subjectOf,
      Predicate<String> reasonPhase) {
    this.subject = subject;
    this.subjectOf = subjectOf;
    this.reasonPhase = reasonPhase;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    Match match = event.getMatch();
    Fired fired = rules.computeIfAbsent(match.getRule(), this::classify);
    fired.count++;
    if (fired.kind == Kind.FOLD) {
      return;
    }
    if (match instanceof InternalMatch internal) {
      String last = null;
      for (TupleImpl tuple = internal.getTuple(); tuple != null; tuple = tuple.getParent()) {
        InternalFactHandle handle = tuple.getFactHandle();
        last = record(fired, handle == null ? null : handle.getObject(), last);
      }
    } else {
      String last = null;
      for (Object fact : match.getObjects()) {
        last = record(fired, fact, last);
      }
    }
  }

  /**
   * Records the firing for the subject of one matched fact unless it is the subject {@code last}
   * recorded for this firing; returns the subject recorded last.
   */
  private @Nullable String record(Fired fired, @Nullable Object fact, @Nullable String last) {
    String id = fact == null ? null : subjectOf.apply(fact);
    if (id == null || id.equals(last)) {
      return last;
    }
    subjects.computeIfAbsent(id, key -> new Subject()).of(fired.kind).add(fired.name);
    return id;
  }

  private Fired classify(Rule rule) {
    if (rule.getMetaData().containsKey(FOLD)) {
      return new Fired(rule.getName(), Kind.FOLD);
    }
    String phase = rule instanceof RuleImpl impl ? impl.getRuleFlowGroup() : null;
    String named = phase == null ? "" : phase;
    return new Fired(rule.getName(), reasonPhase.test(named) ? Kind.REASON
        : named.equals(Phases.FAMILY) ? Kind.FAMILY : Kind.NEED);
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

  /** Returns the names of the rules that are the subject's reasons (unsorted, may repeat). */
  List<String> rulesFor(String id) {
    return rulesFor(id, Kind.REASON);
  }

  /** Returns the names of the subject's need and eligibility rules (unsorted, may repeat). */
  List<String> needRulesFor(String id) {
    return rulesFor(id, Kind.NEED);
  }

  /** Returns the names of the subject's family rules (unsorted, may repeat). */
  List<String> familyRulesFor(String id) {
    return rulesFor(id, Kind.FAMILY);
  }

  private List<String> rulesFor(String id, Kind kind) {
    Subject s = subjects.get(id);
    return s == null ? List.of() : s.of(kind);
  }

  Map<String, Integer> firingsByRule() {
    Map<String, Integer> counts = new HashMap<>();
    rules.values().forEach(fired -> counts.merge(fired.name, fired.count, Integer::sum));
    return counts;
  }

  private static @Nullable String studentOf(Object fact) {
    if (fact instanceof Finding finding) {
      return finding.studentId();
    }
    if (fact instanceof Student student) {
      return student.studentId();
    }
    return null;
  }
}
