package io.github.mtss.batch.evaluation;

import io.github.mtss.batch.RejectedRow;
import io.github.mtss.core.Policy;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an evaluation found: one row per scope, value and flag, the yardstick, the
 * students left out of the join and why, and the calibration when one was asked for.
 *
 * @param outcomeName the outcome evaluated, e.g. {@code not_graduated_on_time}
 * @param policy the policy the students were screened with
 * @param students the students with both a screening and an outcome, all of whom are counted
 * @param rows the rows, by scope (all, domain, rule, school, grade, equity, logistic_regression),
 *     then value, then flag
 * @param yardstick the logistic-regression yardstick
 * @param studentsWithoutOutcome ids screened but absent from the outcomes, sorted
 * @param outcomesWithoutStudent ids with an outcome but no screenable student row, sorted
 * @param rejects rows of either input rejected, with line, column and value
 * @param calibration the calibration, or null when none was asked for
 */
public record EvaluationResult(String outcomeName, Policy policy, int students,
    List<EvaluationRow> rows, Yardstick yardstick, List<String> studentsWithoutOutcome,
    List<String> outcomesWithoutStudent, List<RejectedRow> rejects,
    @Nullable Calibration calibration) {
  /** Copies the lists. */
  public EvaluationResult {
    rows = List.copyOf(rows);
    studentsWithoutOutcome = List.copyOf(studentsWithoutOutcome);
    outcomesWithoutStudent = List.copyOf(outcomesWithoutStudent);
    rejects = List.copyOf(rejects);
  }

  /** Returns the row of a scope, value and flag, or null when there is none. */
  public @Nullable EvaluationRow row(String scope, String value, Flag flag) {
    return rows.stream().filter(r -> r.scope().equals(scope) && r.value().equals(value)
        && r.flag() == flag).findFirst().orElse(null);
  }
}
