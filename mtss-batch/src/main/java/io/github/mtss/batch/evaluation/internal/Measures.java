package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.evaluation.Parity;
import io.github.mtss.core.evaluation.ConfusionCounts;
import io.github.mtss.core.evaluation.Estimate;
import io.github.mtss.core.evaluation.RateRatio;
import io.github.mtss.core.evaluation.Wilson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The measures written for each row, by their names in the files, and how numbers are written. */
final class Measures {
  /** A proportion measured on a confusion table. */
  record Measure(String name, BiFunction<ConfusionCounts, Double, @Nullable Estimate> of) {
    @Nullable Estimate of(ConfusionCounts counts) {
      return of.apply(counts, Wilson.Z_95);
    }
  }

  /** A ratio of a subgroup to the rest. */
  record Ratio(String name, Function<Parity, @Nullable RateRatio> of) {}

  static final List<Measure> MEASURES = List.of(
      new Measure("flagged_share", ConfusionCounts::flaggedShare),
      new Measure("recall", ConfusionCounts::recall),
      new Measure("precision", ConfusionCounts::precision),
      new Measure("specificity", ConfusionCounts::specificity),
      new Measure("false_positive_rate", ConfusionCounts::falsePositiveRate),
      new Measure("base_rate", ConfusionCounts::baseRate));

  static final List<Ratio> RATIOS = List.of(
      new Ratio("recall_ratio", Parity::recall),
      new Ratio("false_positive_rate_ratio", Parity::falsePositiveRate),
      new Ratio("precision_ratio", Parity::precision));

  private Measures() {}

  /** Returns a number rounded to 4 decimals as plain text, or null for an undefined one. */
  static @Nullable String number(@Nullable Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  /** Returns a number rounded to 4 decimals, for JSON. */
  static @Nullable Double rounded(@Nullable Double value) {
    String text = number(value);
    return text == null ? null : Double.valueOf(text);
  }
}
