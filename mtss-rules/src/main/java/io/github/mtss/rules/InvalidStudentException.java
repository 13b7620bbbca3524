package io.github.mtss.rules;

import io.github.mtss.core.Problem;
import io.github.mtss.core.StudentValidator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link MtssEngine#screen} when a student's values cannot be screened, as
 * {@link StudentValidator#checkValues} finds them (negative counts, more days absent than
 * enrolled, a GPA or percentile out of range, a blank id). Nothing of the call has been returned
 * for the batch the student is in; validate a roster first to reject such rows one by one.
 */
public final class InvalidStudentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String studentId;
  private final transient List<Problem> problems;

  /** Creates an exception for one student and its problems. */
  public InvalidStudentException(String studentId, List<Problem> problems) {
    super("student '" + studentId + "' cannot be screened: " + problems.stream()
        .map(Problem::toString).collect(Collectors.joining("; ")));
    this.studentId = studentId;
    this.problems = List.copyOf(problems);
  }

  /** Returns the id of the student that cannot be screened. */
  public String studentId() {
    return studentId;
  }

  /** Returns every problem of the student's values. */
  public List<Problem> problems() {
    return problems;
  }
}
