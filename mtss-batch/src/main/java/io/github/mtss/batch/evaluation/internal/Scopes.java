package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.evaluation.EvaluationRow;
import io.github.mtss.batch.evaluation.Flag;
import io.github.mtss.batch.evaluation.Parity;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.evaluation.ConfusionCounts;
import io.github.mtss.core.evaluation.RateRatio;
import io.github.mtss.core.evaluation.Wilson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of every scope of an evaluation, counted in one pass over the students. */
final class Scopes {
  static final String LOGISTIC = "logistic_regression";
  static final String CROSS_VALIDATED = "cross_validated";
  private static final String EQUITY = "equity:";
  private static final Comparator<String> GRADE_ORDER =
      Comparator.comparingInt(label -> Grade.parse(label).number());

  /** Scope to value to the tables of each flag, in output order. */
  private final Map<String, Map<String, Map<Flag, ConfusionCounts>>> tables =
      new LinkedHashMap<>();

  private Scopes(List<String> equityColumns) {
    for (String scope : List.of("all", "domain", "rule", "school", "grade")) {
      tables.put(scope, new TreeMap<>(scope.equals("grade") ? GRADE_ORDER
          : Comparator.naturalOrder()));
    }
    equityColumns.forEach(column -> tables.put(EQUITY + column, new TreeMap<>()));
    tables.put(LOGISTIC, new TreeMap<>());
  }

  /**
   * Returns the rows of every scope.
   *
   * @param topShares for each flag, which students the yardstick flags at that flag's share
   */
  static List<EvaluationRow> rows(Joined joined, List<TierDecision> decisions,
      List<String> equityColumns, Map<Flag, boolean[]> topShares) {
    Scopes scopes = new Scopes(equityColumns);
    for (int i = 0; i < decisions.size(); i++) {
      scopes.add(joined.students().get(i), decisions.get(i), joined.outcomes()[i], i, topShares,
          equityColumns);
    }
    return scopes.rows();
  }

  private void add(Student student, TierDecision decision, boolean outcome, int index,
      Map<Flag, boolean[]> topShares, List<String> equityColumns) {
    for (Flag flag : Flag.values()) {
      boolean flagged = flag.flags(decision.tier());
      count("all", "all", flag, outcome, flagged);
      for (Domain domain : Domain.values()) {
        count("domain", domain.id(), flag, outcome, flag.flags(decision.level(domain)));
      }
      for (String rule : decision.reasons()) {
        count("rule", rule, flag, outcome, flagged);
      }
      count("school", student.schoolId(), flag, outcome, flagged);
      count("grade", student.grade().label(), flag, outcome, flagged);
      for (String column : equityColumns) {
        String group = student.attributes().get(column);
        if (group != null && !group.isBlank()) {
          count(EQUITY + column, group.strip(), flag, outcome, flagged);
        }
      }
      count(LOGISTIC, CROSS_VALIDATED, flag, outcome, topShares.get(flag)[index]);
    }
  }

  private void count(String scope, String value, Flag flag, boolean outcome, boolean flagged) {
    tables.get(scope).computeIfAbsent(value, v -> new EnumMap<>(Flag.class))
        .merge(flag, ConfusionCounts.EMPTY.plus(outcome, flagged), ConfusionCounts::plus);
  }

  private List<EvaluationRow> rows() {
    List<EvaluationRow> rows = new ArrayList<>();
    Map<Flag, ConfusionCounts> everyone = tables.get("all").get("all");
    tables.forEach((scope, values) -> {
      Map<Flag, ConfusionCounts> known = scope.startsWith(EQUITY) ? total(values) : everyone;
      values.forEach((value, byFlag) -> byFlag.forEach((flag, counts) -> rows.add(
          row(scope, value, flag, counts, everyone.get(flag), known.get(flag)))));
    });
    return rows;
  }

  /**
   * Returns a row. A rule's table counts every student: the rule's flagged students over the
   * whole district. A subgroup's parity compares it with the rest of the students whose value of
   * the column is known.
   */
  private static EvaluationRow row(String scope, String value, Flag flag,
      ConfusionCounts counts, ConfusionCounts everyone, ConfusionCounts known) {
    if (scope.equals("rule")) {
      return new EvaluationRow(scope, value, flag, new ConfusionCounts(everyone.students(),
          everyone.outcomes(), counts.flagged(), counts.flaggedOutcomes()), null);
    }
    Parity parity = scope.startsWith(EQUITY) ? parity(counts, known.minus(counts)) : null;
    return new EvaluationRow(scope, value, flag, counts, parity);
  }

  private static Map<Flag, ConfusionCounts> total(Map<String, Map<Flag, ConfusionCounts>> values) {
    Map<Flag, ConfusionCounts> total = new EnumMap<>(Flag.class);
    for (Flag flag : Flag.values()) {
      total.put(flag, values.values().stream().map(byFlag -> byFlag.get(flag))
          .reduce(ConfusionCounts.EMPTY, ConfusionCounts::plus));
    }
    return total;
  }

  private static Parity parity(ConfusionCounts group, ConfusionCounts rest) {
    double z = Wilson.Z_95;
    return new Parity(
        RateRatio.of(group.flaggedOutcomes(), group.outcomes(), rest.flaggedOutcomes(),
            rest.outcomes(), z),
        RateRatio.of(group.flaggedNonOutcomes(), group.nonOutcomes(), rest.flaggedNonOutcomes(),
            rest.nonOutcomes(), z),
        RateRatio.of(group.flaggedOutcomes(), group.flagged(), rest.flaggedOutcomes(),
            rest.flagged(), z));
  }
}
