package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.evaluation.Calibration;
import io.github.mtss.batch.evaluation.CalibrationGrid;
import io.github.mtss.batch.evaluation.CalibrationTarget;
import io.github.mtss.batch.evaluation.Flag;
import io.github.mtss.batch.evaluation.FoldComparison;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Tier;
import io.github.mtss.core.evaluation.ConfusionCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The calibration search: coordinate search over the grid, key by key in the grid's order and
 * value by value, keeping a change only when it scores strictly better on the training students;
 * {@code passes} times over the grid. Since the policy given is where every search starts and a
 * change must improve on it, the policy proposed is never worse than the given one on the
 * students it was searched on.
 *
 * <p>Cross-validation: for each fold, a search on the other folds, compared with the given
 * policy on those training folds and on the held-out fold; then a search on every student, whose
 * policy is the one proposed.
 */
final class CalibrationSearch {
  private final TierScreens screens;
  private final boolean[] outcomes;
  private final CalibrationTarget target;
  private final Flag flag;
  private final CalibrationGrid grid;
  private final Set<String> refused = new HashSet<>();

  private CalibrationSearch(TierScreens screens, boolean[] outcomes, CalibrationTarget target,
      Flag flag, CalibrationGrid grid) {
    this.screens = screens;
    this.outcomes = outcomes;
    this.target = target;
    this.flag = flag;
    this.grid = grid;
  }

  static Calibration calibrate(TierScreens screens, boolean[] outcomes, int[] fold, int folds,
      Policy start, CalibrationTarget target, Flag flag, CalibrationGrid grid) {
    CalibrationSearch search = new CalibrationSearch(screens, outcomes, target, flag, grid);
    List<FoldComparison> table = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      int heldOut = f;
      IntPredicate training = i -> fold[i] != heldOut;
      Policy found = search.search(start, training);
      table.add(search.compare(f + 1, "training", start, found, training));
      table.add(search.compare(f + 1, "held_out", start, found, training.negate()));
    }
    IntPredicate everyone = i -> true;
    Policy proposed = search.search(start, everyone);
    table.add(search.compare(0, "all", start, proposed, everyone));
    return new Calibration(target, flag, start, proposed, screens.screened(),
        search.refused.size(), table);
  }

  private Policy search(Policy start, IntPredicate students) {
    Policy best = start;
    ConfusionCounts bestCounts = counts(start, students);
    for (int pass = 0; pass < grid.passes(); pass++) {
      for (Map.Entry<String, List<Double>> key : grid.cutPoints().entrySet()) {
        for (double value : key.getValue()) {
          Policy candidate = PolicyYaml.with(best, key.getKey(), value);
          if (candidate == null) {
            refused.add(key.getKey() + "=" + value + " on " + best);
          } else if (!candidate.equals(best)) {
            ConfusionCounts counts = counts(candidate, students);
            if (better(counts, bestCounts)) {
              best = candidate;
              bestCounts = counts;
            }
          }
        }
      }
    }
    return best;
  }

  private FoldComparison compare(int fold, String set, Policy before, Policy after,
      IntPredicate students) {
    return new FoldComparison(fold, set, counts(before, students), counts(after, students));
  }

  private ConfusionCounts counts(Policy policy, IntPredicate students) {
    byte[] tiers = screens.tiers(policy);
    ConfusionCounts counts = ConfusionCounts.EMPTY;
    for (int i = 0; i < tiers.length; i++) {
      if (students.test(i)) {
        counts = counts.plus(outcomes[i], flag.flags(Tier.of(tiers[i])));
      }
    }
    return counts;
  }

  /**
   * Returns whether {@code a} meets the target better than {@code b}. Meeting the bound beats
   * missing it; between two that meet it, the higher recall (for a flagged-share bound) or the
   * smaller flagged share (for a recall bound) wins, the other measure breaking ties; between two
   * that miss it, the one nearer the bound wins.
   */
  boolean better(ConfusionCounts a, ConfusionCounts b) {
    return compare(target, a, b) > 0;
  }

  static int compare(CalibrationTarget target, ConfusionCounts a, ConfusionCounts b) {
    double shareA = share(a.flagged(), a.students());
    double shareB = share(b.flagged(), b.students());
    double recallA = share(a.flaggedOutcomes(), a.outcomes());
    double recallB = share(b.flaggedOutcomes(), b.outcomes());
    boolean maxFlagged = target.kind() == CalibrationTarget.Kind.MAX_FLAGGED;
    boolean meetsA = target.isMetBy(a);
    boolean meetsB = target.isMetBy(b);
    if (meetsA != meetsB) {
      return meetsA ? 1 : -1;
    }
    int byRecall = Double.compare(recallA, recallB);
    int byShare = Double.compare(shareB, shareA);
    if (maxFlagged) {
      return meetsA ? (byRecall != 0 ? byRecall : byShare) : byShare;
    }
    return meetsA ? (byShare != 0 ? byShare : byRecall) : byRecall;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
