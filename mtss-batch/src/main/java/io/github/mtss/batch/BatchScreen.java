package io.github.mtss.batch;

import io.github.mtss.batch.internal.CsvDirectorySink;
import io.github.mtss.batch.internal.ParallelScreening;
import io.github.mtss.batch.internal.StreamingScreen;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Screens a district in bounded memory: students stream from a {@link StudentSource}, are
 * screened in chunks on several threads with one engine, placed in tiers by the
 * {@link TierRecords}, and handed to a {@link ScreeningSink}. The CSV sink writes the files of
 * {@code shared/formats.md} into a directory, all or none, with the optimal allocation of the
 * engine's partner services:
 *
 * <pre>{@code
 * BatchScreen screen = BatchScreen.builder(engine).threads(4).build();
 * ScreeningRun run = screen.screen(StudentSource.csv(Path.of("students.csv")), Path.of("out"));
 * }</pre>
 *
 * <p>Limits and progress are passed in, never read from system properties or drawn on the
 * console. The output does not depend on the thread count, the limits or the order of the rows.
 * Immutable and thread-safe; one instance may run many screenings.
 */
public final class BatchScreen {
  /**
   * The columns the disproportionality report compares by default, when present; never read by
   * the default rules.
   */
  public static final List<String> DEFAULT_EQUITY_COLUMNS = List.of("race_ethnicity", "race",
      "ethnicity", "sex", "gender", "ell", "frl", "income", "iep", "disability");

  private final MtssEngine engine;
  private final TierRecords records;
  private final List<String> equityColumns;
  private final int threads;
  private final Limits limits;
  private final ProgressListener progress;

  private BatchScreen(Builder builder, TierRecords records) {
    this.engine = builder.engine;
    this.records = records;
    this.equityColumns = builder.equityColumns;
    this.threads = builder.threads;
    this.limits = builder.limits;
    this.progress = builder.progress;
  }

  /** Returns a builder of screenings with {@code engine}. */
  public static Builder builder(MtssEngine engine) {
    return new Builder(engine);
  }

  /**
   * Screens every student of {@code source} into {@code sink}.
   *
   * @return what the sink made of the screening
   * @throws InputFileException when the source as a whole cannot be used
   * @throws IOException when the sink fails
   */
  public <R> R screen(StudentSource source, ScreeningSink<R> sink)
      throws IOException, InputFileException {
    return new StreamingScreen(engine, records, threads, limits, progress).run(source, sink);
  }

  /**
   * Screens every student of {@code source}, allocates the engine's services, and writes every
   * output file (tiers.csv, family.csv, tier_history.csv, rejects.csv, summary.json, and with
   * services recommendations.csv and unmet.csv) into {@code out}, all or none.
   *
   * @throws InputFileException when an input as a whole cannot be used; nothing is written
   * @throws IOException when the files cannot be written; nothing is written
   */
  public ScreeningRun screen(StudentSource source, Path out)
      throws IOException, InputFileException {
    return screen(source, CsvDirectorySink.open(new CsvDirectorySink.Settings(engine, records,
        equityColumns, threads, source.name()), limits.runSize(), out));
  }

  /**
   * Screens students already held in memory on the builder's threads, telling the progress
   * listener as parts finish: for comparisons and research on a roster that fits in memory.
   * Nothing is placed, matched or written.
   *
   * @return one decision per student, sorted by student id whatever the thread count
   * @throws IllegalArgumentException when two students share an identifier
   */
  public List<TierDecision> decide(List<Student> students) {
    return ParallelScreening.screen(engine, students, threads, progress::screened);
  }

  /** Builds a {@link BatchScreen}; every setting but the engine has a default. */
  public static final class Builder {
    private final MtssEngine engine;
    private @Nullable TierRecords records;
    private List<String> equityColumns = DEFAULT_EQUITY_COLUMNS;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Limits limits = Limits.DEFAULTS;
    private ProgressListener progress = ProgressListener.NONE;

    private Builder(MtssEngine engine) {
      this.engine = engine;
    }

    /** Sets the overrides, plans and history for placing students; default none, today. */
    public Builder records(TierRecords records) {
      this.records = records;
      return this;
    }

    /** Sets the demographic columns the CSV sink's disproportionality report compares. */
    public Builder equityColumns(List<String> columns) {
      this.equityColumns = List.copyOf(columns);
      return this;
    }

    /** Sets the number of screening threads, at least 1; default every available processor. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Sets the sizes that bound memory; default {@link Limits#DEFAULTS}. */
    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    /** Sets who is told of the screening's progress; default nobody. */
    public Builder progress(ProgressListener progress) {
      this.progress = progress;
      return this;
    }

    /** Returns the screening. */
    public BatchScreen build() {
      return new BatchScreen(this,
          records == null ? TierRecords.none(LocalDate.now(ZoneId.systemDefault())) : records);
    }
  }
}
