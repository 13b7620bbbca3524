package io.github.mtss.rules.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One scenario: a student, written with the columns of students.csv, and what the rules are
 * expected to decide. Only the expectations given are checked.
 *
 * @param name what the scenario shows, e.g. "chronic absence alone is Tier 2"
 * @param student the student's cells by column; {@code student_id} and {@code school_id} may be
 *     left out
 * @param expect the expected decision
 */
public record Scenario(
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) Map<String, Object> student,
    @JsonProperty(required = true) Expectation expect) {

  /**
   * What a scenario expects; {@code null} means "not checked". Lists are compared as sets, except
   * {@code reasons}, which need only be among the rules that fired.
   *
   * @param tier the tier number, 1 to 3
   * @param attendance the attendance level: none, risk or severe
   * @param behavior the behavior level
   * @param coursework the coursework level
   * @param flags the exact context flags
   * @param needs the exact needs
   * @param actions the exact family engagement actions
   * @param reasons rule names that must have fired; a name that is no rule of the engine is a
   *     difference of its own, so a misspelt name cannot pass unnoticed
   */
  public record Expectation(
      @Nullable Integer tier,
      @Nullable String attendance,
      @Nullable String behavior,
      @Nullable String coursework,
      @Nullable List<String> flags,
      @Nullable List<String> needs,
      @Nullable List<String> actions,
      @Nullable List<String> reasons) {}
}
