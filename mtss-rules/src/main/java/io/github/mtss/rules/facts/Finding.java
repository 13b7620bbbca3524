package io.github.mtss.rules.facts;

/**
 * A fact that a rule concludes about one student, such as an {@link IndicatorLevel} or a
 * {@link TierProposal}. Rule packs may define their own findings; implementing this interface lets
 * the engine attribute the rules that match them to the right student.
 */
public interface Finding {
  /** Returns the student the finding is about. */
  String studentId();
}
