package io.github.mtss.batch.evaluation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.jspecify.annotations.Nullable;

/**
 * The cross-validated logistic regression: for each fold, a model fitted on the other folds
 * scores the fold's students, so every score comes from a model that never saw the student.
 *
 * <p>The fit maximises the L2-penalised log-likelihood (the intercept unpenalised) by Newton's
 * method (iteratively reweighted least squares), each step a linear system solved by Apache
 * Commons Math's LU decomposition, until no coefficient moves by more than {@link #TOLERANCE} or
 * after {@link #MAX_STEPS} steps. With the penalty the likelihood is strictly concave, so the fit
 * is unique and converges in a handful of steps; it is deterministic.
 */
final class LogisticYardstick {
  /** The convergence tolerance on the standardised coefficients. */
  static final double TOLERANCE = 1e-8;
  /** The most Newton steps; convergence takes fewer than 15 on real and synthetic districts. */
  static final int MAX_STEPS = 100;

  /**
   * The out-of-fold scores and the design columns used (over every fold, in order).
   *
   * @param scores each student's probability of the outcome
   * @param features the design columns any fold used
   */
  record Scores(double[] scores, List<String> features) {}

  private LogisticYardstick() {}

  static Scores score(double[][] raw, boolean[] outcomes, int[] fold, int folds, double ridge) {
    double[] scores = new double[raw.length];
    Set<String> features = new LinkedHashSet<>();
    for (int f = 0; f < folds; f++) {
      boolean[] train = new boolean[raw.length];
      for (int i = 0; i < raw.length; i++) {
        train[i] = fold[i] != f;
      }
      Features.Design design = new Features.Design(raw, train);
      features.addAll(design.names());
      double rate = rate(outcomes, train);
      double @Nullable [] beta = rate == 0 || rate == 1 ? null : fit(design, raw, outcomes, train, ridge);
      for (int i = 0; i < raw.length; i++) {
        if (!train[i]) {
          scores[i] = beta == null ? rate : probability(beta, design.row(raw[i]));
        }
      }
    }
    return new Scores(scores, new ArrayList<>(features));
  }

  /** Returns the training students' outcome rate: with all or none, the model is that rate. */
  private static double rate(boolean[] outcomes, boolean[] train) {
    long n = 0;
    long hits = 0;
    for (int i = 0; i < outcomes.length; i++) {
      n += train[i] ? 1 : 0;
      hits += train[i] && outcomes[i] ? 1 : 0;
    }
    return n == 0 ? 0 : (double) hits / n;
  }

  private static double[] fit(Features.Design design, double[][] raw, boolean[] outcomes,
      boolean[] train, double ridge) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      if (train[i]) {
        rows.add(design.row(raw[i]));
        ys.add(outcomes[i]);
      }
    }
    int p = design.names().size() + 1;
    double[] beta = new double[p];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[][] hessian = new double[p][p];
      double[] gradient = new double[p];
      for (int r = 0; r < rows.size(); r++) {
        double[] x = rows.get(r);
        double mu = probability(beta, x);
        double w = Math.max(mu * (1 - mu), 1e-12);
        double residual = (ys.get(r) ? 1 : 0) - mu;
        for (int a = 0; a < p; a++) {
          gradient[a] += x[a] * residual;
          double wx = w * x[a];
          for (int b = a; b < p; b++) {
            hessian[a][b] += wx * x[b];
          }
        }
      }
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < a; b++) {
          hessian[a][b] = hessian[b][a];
        }
        if (a > 0) {
          hessian[a][a] += ridge;
          gradient[a] -= ridge * beta[a];
        }
      }
      double[] delta = solve(hessian, gradient);
      double largest = 0;
      for (int a = 0; a < p; a++) {
        beta[a] += delta[a];
        largest = Math.max(largest, Math.abs(delta[a]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  private static double[] solve(double[][] hessian, double[] gradient) {
    RealMatrix matrix = new Array2DRowRealMatrix(hessian, false);
    RealVector step = new LUDecomposition(matrix).getSolver()
        .solve(new ArrayRealVector(gradient, false));
    return step.toArray();
  }

  private static double probability(double[] beta, double[] x) {
    double eta = 0;
    for (int a = 0; a < beta.length; a++) {
      eta += beta[a] * x[a];
    }
    return 1 / (1 + Math.exp(-eta));
  }

  /**
   * Returns which students are flagged when the {@code count} highest scores are (ties broken
   * by position, so the count is exact and the choice deterministic).
   */
  static boolean[] top(double[] scores, int count) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b]
        ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
    boolean[] flagged = new boolean[scores.length];
    for (int k = 0; k < count; k++) {
      flagged[order[k]] = true;
    }
    return flagged;
  }
}
