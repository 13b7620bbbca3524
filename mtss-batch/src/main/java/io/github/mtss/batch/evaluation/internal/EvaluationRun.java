package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.evaluation.Calibration;
import io.github.mtss.batch.evaluation.CalibrationGrid;
import io.github.mtss.batch.evaluation.CalibrationTarget;
import io.github.mtss.batch.evaluation.EvaluationResult;
import io.github.mtss.batch.evaluation.EvaluationRow;
import io.github.mtss.batch.evaluation.Flag;
import io.github.mtss.batch.evaluation.Outcome;
import io.github.mtss.batch.evaluation.Yardstick;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.evaluation.Auc;
import io.github.mtss.rules.MtssEngine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One evaluation: join, screen, yardstick, rows, and the calibration when asked for. */
public final class EvaluationRun {
  /**
   * The settings of an evaluation, as its builder set them.
   *
   * @param outcomeName the outcome's name
   * @param equityColumns the demographic columns
   * @param folds the cross-validation folds
   * @param seed the fold seed
   * @param ridge the yardstick's penalty
   * @param threads the screening threads
   * @param target the calibration target, or null for none
   * @param calibrationFlag the flag calibrated
   * @param grid the calibration grid
   */
  public record Settings(String outcomeName, List<String> equityColumns, int folds, long seed,
      double ridge, int threads, @Nullable CalibrationTarget target, Flag calibrationFlag,
      CalibrationGrid grid) {}

  private EvaluationRun() {}

  /**
   * Runs an evaluation.
   *
   * @throws IllegalArgumentException when fewer students have an outcome than there are folds
   */
  public static EvaluationResult run(MtssEngine engine, Settings settings,
      List<Student> students, List<Outcome> outcomes, List<RejectedRow> rejects) {
    Joined joined = Joined.of(students, outcomes);
    int n = joined.students().size();
    if (n < settings.folds()) {
      throw new IllegalArgumentException(n + " student(s) have both a students row and an "
          + "outcome, fewer than the " + settings.folds() + " cross-validation folds; do the "
          + "student_id values of the two files match?");
    }
    TierScreens screens = new TierScreens(engine, settings.threads(), joined.students());
    List<TierDecision> decisions = screens.decisions(engine.policy());
    int[] fold = Folds.assign(n, settings.folds(), settings.seed());
    LogisticYardstick.Scores scores = LogisticYardstick.score(Features.raw(joined.students()),
        joined.outcomes(), fold, settings.folds(), settings.ridge());
    Map<Flag, boolean[]> top = new EnumMap<>(Flag.class);
    for (Flag flag : Flag.values()) {
      int flagged = (int) decisions.stream().filter(d -> flag.flags(d.tier())).count();
      top.put(flag, LogisticYardstick.top(scores.scores(), flagged));
    }
    List<EvaluationRow> rows = Scopes.rows(joined, decisions, settings.equityColumns(), top);
    double[] tiers = decisions.stream().mapToDouble(d -> d.tier().number()).toArray();
    Yardstick yardstick = new Yardstick(settings.folds(), settings.seed(), settings.ridge(),
        scores.features(), Auc.of(scores.scores(), joined.outcomes()),
        Auc.of(tiers, joined.outcomes()));
    Calibration calibration = settings.target() == null ? null
        : CalibrationSearch.calibrate(screens, joined.outcomes(), fold, settings.folds(),
            engine.policy(), settings.target(), settings.calibrationFlag(), settings.grid());
    return new EvaluationResult(settings.outcomeName(), engine.policy(), n, rows, yardstick,
        joined.withoutOutcome(), joined.withoutStudent(), rejects, calibration);
  }
}
