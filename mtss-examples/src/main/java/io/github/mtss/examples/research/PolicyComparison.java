package io.github.mtss.examples.research;

import io.github.mtss.core.Grade;
import io.github.mtss.core.TierDecision;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How two rule sets or policies decide the same students differently: a tier-by-tier table, the
 * changes by school and by grade, and the rules that fired under one and not the other for the
 * students who changed.
 *
 * @param moves students per (tier under A, tier under B), tiers 1-3 as indices 0-2
 * @param changedBySchool students who changed tier, by school
 * @param changedByGrade students who changed tier, by grade
 * @param rulesOnlyInA for changed students, how often each rule fired under A but not under B
 * @param rulesOnlyInB the same the other way
 * @param changes the students who changed, with the rules that differ
 */
public record PolicyComparison(int[][] moves, Map<String, Integer> changedBySchool,
    Map<Grade, Integer> changedByGrade, Map<String, Integer> rulesOnlyInA,
    Map<String, Integer> rulesOnlyInB, List<Change> changes) {

  /**
   * One student whose tier differs.
   *
   * @param a the decision under A
   * @param b the decision under B
   * @param onlyInA rules that fired under A only
   * @param onlyInB rules that fired under B only
   */
  public record Change(TierDecision a, TierDecision b, Set<String> onlyInA, Set<String> onlyInB) {}

  /** Compares decisions of the same students, both lists in the same student order. */
  public static PolicyComparison of(List<TierDecision> underA, List<TierDecision> underB) {
    int[][] moves = new int[3][3];
    Map<String, Integer> bySchool = new TreeMap<>();
    Map<Grade, Integer> byGrade = new TreeMap<>();
    Map<String, Integer> onlyA = new TreeMap<>();
    Map<String, Integer> onlyB = new TreeMap<>();
    List<Change> changes = new java.util.ArrayList<>();
    for (int i = 0; i < underA.size(); i++) {
      TierDecision a = underA.get(i);
      TierDecision b = underB.get(i);
      moves[a.tier().ordinal()][b.tier().ordinal()]++;
      if (a.tier() != b.tier()) {
        bySchool.merge(a.schoolId(), 1, Integer::sum);
        byGrade.merge(a.grade(), 1, Integer::sum);
        Set<String> inA = new TreeSet<>(a.reasons());
        inA.removeAll(b.reasons());
        Set<String> inB = new TreeSet<>(b.reasons());
        inB.removeAll(a.reasons());
        inA.forEach(rule -> onlyA.merge(rule, 1, Integer::sum));
        inB.forEach(rule -> onlyB.merge(rule, 1, Integer::sum));
        changes.add(new Change(a, b, inA, inB));
      }
    }
    return new PolicyComparison(moves, bySchool, byGrade, onlyA, onlyB, changes);
  }

  /** Returns the comparison as text tables for a terminal. */
  public String render() {
    StringBuilder out = new StringBuilder(String.format(
        "students by tier under A (rows) and B (columns):%n%10s %8s %8s %8s%n", "", "B tier 1",
        "B tier 2", "B tier 3"));
    for (int a = 0; a < 3; a++) {
      out.append(String.format("A tier %d  %8d %8d %8d%n", a + 1, moves[a][0], moves[a][1],
          moves[a][2]));
    }
    int up = moves[0][1] + moves[0][2] + moves[1][2];
    int down = moves[1][0] + moves[2][0] + moves[2][1];
    out.append(String.format("%d move to a more intensive tier under B, %d to a less intensive "
        + "one%n", up, down));
    appendCounts(out, "changes by school", changedBySchool);
    Map<String, Integer> byGradeLabel = new java.util.LinkedHashMap<>();
    changedByGrade.forEach((grade, count) -> byGradeLabel.put("grade " + grade.label(), count));
    appendCounts(out, "changes by grade", byGradeLabel);
    appendCounts(out, "rules behind the changes, fired under A only", rulesOnlyInA);
    appendCounts(out, "rules behind the changes, fired under B only", rulesOnlyInB);
    return out.toString();
  }

  private static void appendCounts(StringBuilder out, String title, Map<String, Integer> counts) {
    out.append(String.format("%n%s:%n", title));
    if (counts.isEmpty()) {
      out.append("  (none)\n");
    }
    counts.forEach((key, count) -> out.append(String.format("  %-50s %7d%n", key, count)));
  }
}
