package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.evaluation.EvaluationResult;
import io.github.mtss.batch.evaluation.EvaluationRow;
import io.github.mtss.core.evaluation.ConfusionCounts;
import io.github.mtss.core.evaluation.Estimate;
import io.github.mtss.core.evaluation.RateRatio;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code evaluation.csv}: one row per scope, value and flag; the counts, each measure with
 * its interval, the lift and, for equity subgroups, the ratios to the rest and the parity flag.
 * An undefined measure is an empty cell.
 */
public final class EvaluationCsv {
  /** The columns, in order: the list first, then every other measure and ratio. */
  static final List<String> HEADER = List.of("scope", "value", "flag", "n", "outcomes",
      "flagged", "flagged_outcomes", "flagged_share", "recall", "precision", "lift",
      "recall_low", "recall_high", "precision_low", "precision_high", "flagged_share_low",
      "flagged_share_high", "specificity", "specificity_low", "specificity_high",
      "false_positive_rate", "false_positive_rate_low", "false_positive_rate_high", "base_rate",
      "base_rate_low", "base_rate_high", "recall_ratio", "recall_ratio_low", "recall_ratio_high",
      "false_positive_rate_ratio", "false_positive_rate_ratio_low",
      "false_positive_rate_ratio_high", "precision_ratio", "precision_ratio_low",
      "precision_ratio_high", "parity_flag");

  private EvaluationCsv() {}

  /** Writes the rows of {@code result} into {@code file}. */
  public static void write(EvaluationResult result, Path file) throws IOException {
    try (CsvOutput csv = CsvOutput.create(file, HEADER.toArray(String[]::new))) {
      for (EvaluationRow row : result.rows()) {
        Map<String, Object> cells = cells(row);
        csv.row(HEADER.stream().map(cells::get).toArray());
      }
    }
  }

  private static Map<String, Object> cells(EvaluationRow row) {
    ConfusionCounts c = row.counts();
    Map<String, Object> cells = new HashMap<>(Map.of("scope", row.scope(), "value", row.value(),
        "flag", row.flag().id(), "n", c.students(), "outcomes", c.outcomes(), "flagged",
        c.flagged(), "flagged_outcomes", c.flaggedOutcomes()));
    putIfDefined(cells, "lift", Measures.number(c.lift()));
    for (Measures.Measure measure : Measures.MEASURES) {
      Estimate e = measure.of(c);
      if (e != null) {
        cells.put(measure.name(), Measures.number(e.value()));
        cells.put(measure.name() + "_low", Measures.number(e.low()));
        cells.put(measure.name() + "_high", Measures.number(e.high()));
      }
    }
    if (row.parity() != null) {
      for (Measures.Ratio ratio : Measures.RATIOS) {
        RateRatio r = ratio.of().apply(row.parity());
        if (r != null) {
          cells.put(ratio.name(), Measures.number(r.ratio()));
          cells.put(ratio.name() + "_low", Measures.number(r.low()));
          cells.put(ratio.name() + "_high", Measures.number(r.high()));
        }
      }
      cells.put("parity_flag", row.parity().flagged());
    }
    return cells;
  }

  private static void putIfDefined(Map<String, Object> cells, String key, Object value) {
    if (value != null) {
      cells.put(key, value);
    }
  }
}
