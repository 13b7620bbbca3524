package io.github.mtss.batch.evaluation;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.evaluation.internal.EvaluationRun;
import io.github.mtss.core.Student;
import io.github.mtss.rules.MtssEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a district's screening against what later happened to its students: screens the
 * students with the engine, joins the outcomes by student id, and measures each flag (Tier 2 or
 * more, Tier 3) on every student, per domain, rule, school, grade and equity subgroup, with Wilson
 * 95 % intervals, beside a cross-validated logistic-regression yardstick; optionally searches the
 * policy's cut-points for a {@link CalibrationTarget}.
 *
 * <pre>{@code
 * EvaluationResult result = Evaluation.builder(engine)
 *     .equityColumns(List.of("frl", "ell"))
 *     .calibrate(CalibrationTarget.maxFlagged(0.25))
 *     .build()
 *     .run(students, outcomes);
 * EvaluationFiles.write(result, Path.of("evaluation"));
 * }</pre>
 *
 * <p>Deterministic: the same students, outcomes, settings and seed give the same result on any
 * number of threads. Students and outcomes are held in memory (a district of 100,000 students
 * takes a few hundred megabytes).
 */
public final class Evaluation {
  private final Builder settings;

  private Evaluation(Builder settings) {
    this.settings = settings;
  }

  /** Returns a builder of an evaluation screening with {@code engine} (its rules and policy). */
  public static Builder builder(MtssEngine engine) {
    return new Builder(engine);
  }

  /**
   * Evaluates the students and outcomes read from their files; the rejected rows of both are
   * carried into the result.
   *
   * @throws IllegalArgumentException when fewer students have an outcome than there are folds
   */
  public EvaluationResult run(CsvInput.Result<Student> students,
      CsvInput.Result<Outcome> outcomes) {
    List<RejectedRow> rejects = new ArrayList<>(students.rejects());
    rejects.addAll(outcomes.rejects());
    return EvaluationRun.run(this.settings.engine, settings(),
        students.rows().stream().map(CsvInput.Row::value).toList(),
        outcomes.rows().stream().map(CsvInput.Row::value).toList(), rejects);
  }

  /**
   * Evaluates students and outcomes held in memory (unique ids in each list).
   *
   * @throws IllegalArgumentException when fewer students have an outcome than there are folds,
   *     or an id is repeated
   */
  public EvaluationResult run(List<Student> students, List<Outcome> outcomes) {
    return EvaluationRun.run(settings.engine, settings(), students, outcomes, List.of());
  }

  private EvaluationRun.Settings settings() {
    return new EvaluationRun.Settings(settings.outcomeName, settings.equityColumns,
        settings.folds, settings.seed, settings.ridge, settings.threads, settings.target,
        settings.calibrationFlag, settings.grid);
  }

  /** Builds an {@link Evaluation}; every setting but the engine has a documented default. */
  public static final class Builder {
    private final MtssEngine engine;
    private String outcomeName = OutcomeCsv.DEFAULT_COLUMN;
    private List<String> equityColumns = BatchScreen.DEFAULT_EQUITY_COLUMNS;
    private int folds = 5;
    private long seed = 1;
    private double ridge = 1.0;
    private int threads = Runtime.getRuntime().availableProcessors();
    private @Nullable CalibrationTarget target;
    private Flag calibrationFlag = Flag.TIER_2_OR_3;
    private CalibrationGrid grid = CalibrationGrid.defaults();

    private Builder(MtssEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Sets the outcome's name for the outputs. Default {@code outcome}. */
    public Builder outcomeName(String name) {
      this.outcomeName = name;
      return this;
    }

    /**
     * Sets the demographic columns evaluated subgroup by subgroup. Default
     * {@link BatchScreen#DEFAULT_EQUITY_COLUMNS}; columns absent from the students are skipped.
     */
    public Builder equityColumns(List<String> columns) {
      this.equityColumns = List.copyOf(columns);
      return this;
    }

    /** Sets the cross-validation folds, at least 2. Default 5. */
    public Builder folds(int folds) {
      if (folds < 2) {
        throw new IllegalArgumentException("folds must be 2 or more, was " + folds);
      }
      this.folds = folds;
      return this;
    }

    /** Sets the seed that assigns students to folds. Default 1. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the yardstick's L2 penalty on its standardised coefficients, above 0: it keeps the
     * fit finite when the outcome is perfectly separable. Default 1.0, negligible beside a
     * district's thousands of students.
     */
    public Builder ridge(double ridge) {
      if (!(ridge > 0) || !Double.isFinite(ridge)) {
        throw new IllegalArgumentException("ridge must be above 0, was " + ridge);
      }
      this.ridge = ridge;
      return this;
    }

    /** Sets the screening threads, at least 1. Default: every available processor. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Asks for a calibration search aiming at {@code target}. Default: none. */
    public Builder calibrate(CalibrationTarget target) {
      this.target = target;
      return this;
    }

    /** Sets the flag the calibration searches. Default {@link Flag#TIER_2_OR_3}. */
    public Builder calibrationFlag(Flag flag) {
      this.calibrationFlag = flag;
      return this;
    }

    /** Sets the cut-points the calibration tries. Default {@link CalibrationGrid#defaults()}. */
    public Builder grid(CalibrationGrid grid) {
      this.grid = grid;
      return this;
    }

    /** Returns the evaluation. */
    public Evaluation build() {
      return new Evaluation(this);
    }
  }
}
