package io.github.mtss.batch.evaluation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.evaluation.Calibration;
import io.github.mtss.batch.evaluation.EvaluationResult;
import io.github.mtss.batch.evaluation.EvaluationRow;
import io.github.mtss.batch.evaluation.FoldComparison;
import io.github.mtss.batch.evaluation.Yardstick;
import io.github.mtss.core.Policy;
import io.github.mtss.core.evaluation.ConfusionCounts;
import io.github.mtss.core.evaluation.Estimate;
import io.github.mtss.core.evaluation.RateRatio;
import io.github.mtss.rules.PolicyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code evaluation.json}: the rows of evaluation.csv with each measure as
 * {@code {value, low, high}} (null when undefined), the yardstick with its AUC, the join, the
 * rejected rows and the calibration. The layout is described in {@code docs/evaluation.md}.
 */
public final class EvaluationJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  /** The confidence of every interval. */
  static final double CONFIDENCE = 0.95;

  private EvaluationJson() {}

  /** Writes {@code result} into {@code file}. */
  public static void write(EvaluationResult result, Path file) throws IOException {
    JSON.writeValue(file.toFile(), tree(result));
  }

  static ObjectNode tree(EvaluationResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("outcome", result.outcomeName());
    root.put("students", result.students());
    root.put("confidence", CONFIDENCE);
    root.set("policy", JSON.valueToTree(changed(result.policy(), Policy.defaults())));
    ArrayNode rows = root.putArray("rows");
    result.rows().forEach(row -> rows.add(row(row)));
    root.set("yardstick", yardstick(result.yardstick()));
    ObjectNode join = root.putObject("join");
    ids(join.putObject("students_without_outcome"), result.studentsWithoutOutcome());
    ids(join.putObject("outcomes_without_student"), result.outcomesWithoutStudent());
    ArrayNode rejects = root.putArray("rejects");
    result.rejects().forEach(r -> rejects.add(reject(r)));
    root.set("calibration", result.calibration() == null ? null
        : calibration(result.calibration()));
    return root;
  }

  private static ObjectNode row(EvaluationRow row) {
    ObjectNode node = counts(row.counts());
    node.put("scope", row.scope());
    node.put("value", row.value());
    node.put("flag", row.flag().id());
    if (row.parity() != null) {
      ObjectNode parity = node.putObject("parity");
      for (Measures.Ratio ratio : Measures.RATIOS) {
        parity.set(ratio.name(), ratio(ratio.of().apply(row.parity())));
      }
      parity.put("flagged", row.parity().flagged());
    }
    return node;
  }

  private static ObjectNode counts(ConfusionCounts c) {
    ObjectNode node = JSON.createObjectNode();
    node.put("n", c.students());
    node.put("outcomes", c.outcomes());
    node.put("flagged", c.flagged());
    node.put("flagged_outcomes", c.flaggedOutcomes());
    for (Measures.Measure measure : Measures.MEASURES) {
      node.set(measure.name(), estimate(measure.of(c)));
    }
    node.put("lift", Measures.rounded(c.lift()));
    return node;
  }

  private static @Nullable ObjectNode estimate(@Nullable Estimate e) {
    return e == null ? null : triple(e.value(), e.low(), e.high(), "value");
  }

  private static @Nullable ObjectNode ratio(@Nullable RateRatio r) {
    if (r == null) {
      return null;
    }
    ObjectNode node = triple(r.ratio(), r.low(), r.high(), "ratio");
    node.put("excludes_parity", r.excludesParity());
    return node;
  }

  private static ObjectNode triple(double value, double low, double high, String name) {
    ObjectNode node = JSON.createObjectNode();
    node.put(name, Measures.rounded(value));
    node.put("low", Measures.rounded(low));
    node.put("high", Measures.rounded(high));
    return node;
  }

  private static ObjectNode yardstick(Yardstick y) {
    ObjectNode node = JSON.createObjectNode();
    node.put("model", "logistic_regression");
    node.put("folds", y.folds());
    node.put("seed", y.seed());
    node.put("ridge", y.ridge());
    node.put("missing_values", "median of the training folds, plus a <column>_missing 0/1 "
        + "indicator; columns standardised on the training folds");
    node.set("features", JSON.valueToTree(y.features()));
    node.put("auc", Measures.rounded(y.auc()));
    node.put("tier_auc", Measures.rounded(y.tierAuc()));
    return node;
  }

  private static void ids(ObjectNode node, List<String> ids) {
    node.put("count", ids.size());
    node.set("ids", JSON.valueToTree(ids));
  }

  private static ObjectNode reject(RejectedRow r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", r.file());
    node.put("line", r.line());
    node.put("column", r.column());
    node.put("value", r.value());
    node.put("problem", r.problem());
    return node;
  }

  private static ObjectNode calibration(Calibration c) {
    ObjectNode node = JSON.createObjectNode();
    node.put("target", c.target().kind().name().toLowerCase(java.util.Locale.ROOT));
    node.put("bound", c.target().bound());
    node.put("flag", c.flag().id());
    node.put("target_met", c.targetMet());
    ObjectNode changes = node.putObject("changes");
    Map<String, Object> before = PolicyFiles.toMap(c.before());
    changed(c.after(), c.before()).forEach((key, value) -> {
      ObjectNode change = changes.putObject(key);
      change.set("before", JSON.valueToTree(before.get(key)));
      change.set("after", JSON.valueToTree(value));
    });
    node.put("policies_screened", c.policiesScreened());
    node.put("combinations_refused_by_policy_checks", c.policiesRefused());
    ArrayNode table = node.putArray("table");
    for (FoldComparison f : c.table()) {
      ObjectNode line = table.addObject();
      line.put("fold", f.fold());
      line.put("set", f.set());
      line.set("before", counts(f.before()));
      line.set("after", counts(f.after()));
    }
    return node;
  }

  /** Returns the keys of {@code policy} whose values differ from {@code base}'s. */
  static Map<String, Object> changed(Policy policy, Policy base) {
    Map<String, Object> values = PolicyFiles.toMap(policy);
    Map<String, Object> baseValues = PolicyFiles.toMap(base);
    values.keySet().removeIf(key -> Objects.equals(values.get(key), baseValues.get(key)));
    return values;
  }
}
