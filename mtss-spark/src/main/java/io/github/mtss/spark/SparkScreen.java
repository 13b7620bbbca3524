package io.github.mtss.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.ScreeningRows;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.core.Service;
import io.github.mtss.core.StudentValidator;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.rules.MtssEngine;
import io.github.mtss.spark.internal.AssignPartition;
import io.github.mtss.spark.internal.EngineInputs;
import io.github.mtss.spark.internal.Engines;
import io.github.mtss.spark.internal.OutputFiles;
import io.github.mtss.spark.internal.PlanSeats;
import io.github.mtss.spark.internal.ScreenPartition;
import io.github.mtss.spark.internal.ScreenedRows;
import io.github.mtss.spark.internal.StudentLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;

/**
 * {@code mtss screen --partners} as a Spark job: students read from CSV (the contract's
 * students.csv) or Parquet with the same columns, screened on the executors with an engine each
 * executor JVM builds once from broadcast rule files and policy, the seat plan solved on the
 * driver from group counts aggregated by Spark, and the seats handed out on the executors in
 * student-id order. tiers, family, recommendations, unmet and rejects equal the command's on the
 * same input:
 *
 * <pre>{@code
 * SparkScreen.Run run = SparkScreen.builder(spark)
 *     .students("hdfs:///district/students.csv").partners(Path.of("partners.csv"))
 *     .format(SparkScreen.Format.PARQUET).build().run("hdfs:///district/screen");
 * }</pre>
 *
 * <p>Every output is written through Spark's committers: a retried task leaves no duplicate.
 */
public final class SparkScreen {
  /** How the outputs are written. */
  public enum Format {
    /** The CSV files of {@code mtss screen} (tiers.csv …), each one sorted file: small runs. */
    CSV,
    /**
     * Parquet directories of the same columns (tiers, family, recommendations, unmet,
     * rejects), tiers and family partitioned by {@code school_id}: any size.
     */
    PARQUET
  }

  /**
   * What a run did.
   *
   * @param rowsRead the students file's data rows
   * @param rowsScreened the students screened (each kept row)
   * @param rowsRejected the students file's rows rejected (bad values or a repeated id)
   * @param recommendations the seats given
   * @param unmet the needs left without a seat
   */
  public record Run(long rowsRead, long rowsScreened, long rowsRejected, long recommendations,
      long unmet) {}

  private static final StructType REJECT = new StructType()
      .add("line", DataTypes.LongType, false)
      .add("seq", DataTypes.IntegerType, false)
      .add("row", DataTypes.StringType, false);

  private final Builder settings;

  private SparkScreen(Builder settings) {
    this.settings = settings;
  }

  /** Returns a builder of jobs on {@code spark}. */
  public static Builder builder(SparkSession spark) {
    return new Builder(spark);
  }

  /**
   * Screens, matches and writes every output into {@code out} (a Hadoop path: local, HDFS, S3
   * …), which must be missing or empty. The policy, rule pack and partners are read and compiled
   * on the driver first, so a broken one fails before any output.
   *
   * @throws InputFileException when an input as a whole cannot be used
   * @throws IOException when an input cannot be read or an output written
   */
  public Run run(String out) throws IOException, InputFileException {
    SparkSession spark = settings.spark;
    EngineInputs inputs = EngineInputs.read(settings.policy, settings.rulePack,
        settings.partners, settings.allowUnsafeRules);
    MtssEngine engine = Engines.get(inputs);
    CsvInput.Result<Service> partners = inputs.services();
    try (OutputFiles files = new OutputFiles(spark, out)) {
      StudentLines lines = StudentLines.read(spark, settings.students, settings.partitionBytes);
      checkHeader(lines.header());
      Broadcast<EngineInputs> shared = spark.sparkContext()
          .broadcast(inputs, scala.reflect.ClassTag$.MODULE$.apply(EngineInputs.class));
      return run(spark, engine, shared, partners, lines, files);
    }
  }

  private Run run(SparkSession spark, MtssEngine engine, Broadcast<EngineInputs> shared,
      CsvInput.Result<Service> partners, StudentLines lines, OutputFiles files)
      throws IOException {
    Dataset<Row> screened = spark.createDataFrame(
        lines.numbered().mapPartitions(new ScreenPartition(shared, settings.students,
            lines.header())), ScreenedRows.SCREENED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> students = screened.filter(col("tiers").isNotNull());
      Set<Long> repeated = repeatedLines(students);
      Dataset<Row> kept = students.filter(col("line").isin(repeated.toArray()).unary_$bang());
      Dataset<Row> rejects = rejects(spark, screened, repeated, partners.rejects());
      long screenedCount = kept.count();
      long rejectedLines = screened.filter(col("reject").isNotNull()).select("line")
          .distinct().count() + repeated.size();

      long[] outcomes = {0, 0};
      Dataset<Row> matched = engine.services().isEmpty() ? null
          : match(spark, engine, shared, kept);
      write(files, kept, rejects, matched);
      if (matched != null) {
        outcomes[0] = matched.filter(col("met")).count();
        outcomes[1] = matched.filter(col("met").unary_$bang()).count();
      }
      return new Run(screenedCount + rejectedLines, screenedCount, rejectedLines, outcomes[0],
          outcomes[1]);
    } finally {
      screened.unpersist();
    }
  }

  /** Fails before any work when the header lacks a required column, as the command does. */
  private void checkHeader(String header) throws InputFileException {
    StudentCsv.stream(settings.students, new ByteArrayInputStream(
        (header + "\n").getBytes(StandardCharsets.UTF_8)), new CsvInput.Sink<>() {
          @Override
          public void accept(CsvInput.Row<io.github.mtss.core.Student> row) {
            // a header alone has no rows
          }

          @Override
          public void reject(RejectedRow problem) {
            // a header alone has no rows
          }
        });
  }

  /**
   * Returns the lines of the rows whose student id an earlier row has: few, so they travel to
   * the driver; the first row of an id is kept, as {@code mtss screen} keeps it.
   */
  private static Set<Long> repeatedLines(Dataset<Row> students) {
    Set<Long> repeated = new HashSet<>();
    for (Row id : students.groupBy("student_id")
        .agg(org.apache.spark.sql.functions.count(lit(1)).as("rows"),
            org.apache.spark.sql.functions.min("line").as("first"),
            org.apache.spark.sql.functions.collect_list("line").as("lines"))
        .filter(col("rows").gt(1)).collectAsList()) {
      long first = id.getLong(id.fieldIndex("first"));
      for (Long line : id.<Long>getList(id.fieldIndex("lines"))) {
        if (line != first) {
          repeated.add(line);
        }
      }
    }
    return repeated;
  }

  /**
   * Returns rejects.csv's rows in its order: the students file's problems by line (a repeated
   * id among them), then the partners file's.
   */
  private Dataset<Row> rejects(SparkSession spark, Dataset<Row> screened, Set<Long> repeated,
      List<RejectedRow> partnerRejects) {
    Dataset<Row> rows = screened.filter(col("reject").isNotNull())
        .select(col("line"), col("seq"), col("reject").as("row"));
    Dataset<Row> idRows = screened.filter(col("line").isin(repeated.toArray()))
        .select("line", "student_id");
    List<Row> driverRows = new ArrayList<>();
    for (Row id : idRows.collectAsList()) {
      String studentId = id.getString(1);
      driverRows.add(RowFactory.create(id.getLong(0), 0, ScreeningRows.reject(RejectedRow.of(
          id.getLong(0), studentId, studentId, StudentValidator.duplicateId(studentId),
          settings.students))));
    }
    for (int i = 0; i < partnerRejects.size(); i++) {
      driverRows.add(RowFactory.create(Long.MAX_VALUE, i,
          ScreeningRows.reject(partnerRejects.get(i))));
    }
    return rows.union(spark.createDataFrame(driverRows, REJECT));
  }

  /**
   * Counts the requests of each group with Spark, solves the plan on the driver, and assigns
   * the seats on the executors, each group's requests in one partition in student-id order.
   */
  private static Dataset<Row> match(SparkSession spark, MtssEngine engine,
      Broadcast<EngineInputs> shared, Dataset<Row> kept) {
    Dataset<Row> requests = kept.select(explode(col("requests")).as("r")).select("r.*");
    Dataset<Row> fitting = requests.filter(size(col("services")).gt(0));
    Map<SeatPlan.Group, Integer> sizes = new HashMap<>();
    for (Row group : fitting.groupBy("priority", "services").count().collectAsList()) {
      sizes.put(new SeatPlan.Group(group.getLong(0), new TreeSet<>(group.<String>getList(1))),
          Math.toIntExact(group.getLong(2)));
    }
    Map<String, Integer> capacities = SeatPlan.capacities(engine.services());
    Broadcast<PlanSeats> plan = spark.sparkContext().broadcast(
        PlanSeats.of(SeatPlan.solve(sizes, capacities), sizes.keySet()),
        scala.reflect.ClassTag$.MODULE$.apply(PlanSeats.class));
    AssignPartition assign = new AssignPartition(shared, plan);
    Dataset<Row> seated = fitting.repartition(col("priority"), col("services"))
        .sortWithinPartitions("student_id", "need")
        .mapPartitions(assign, Encoders.row(AssignPartition.OUTCOME));
    Dataset<Row> ineligible = requests.filter(size(col("services")).equalTo(0))
        .mapPartitions(assign, Encoders.row(AssignPartition.OUTCOME));
    return seated.union(ineligible).persist(StorageLevel.MEMORY_AND_DISK());
  }

  private void write(OutputFiles files, Dataset<Row> kept, Dataset<Row> rejects,
      @Nullable Dataset<Row> matched) throws IOException {
    Dataset<Row> tiers = kept.select(col("student_id"), col("school_id"), col("tiers").as("row"));
    Dataset<Row> family = kept.select(col("student_id"), col("school_id"),
        col("family").as("row"));
    if (settings.format == Format.CSV) {
      files.csv("tiers.csv", ScreeningRows.TIERS_COLUMNS, tiers, col("student_id"));
      files.csv("family.csv", ScreeningRows.FAMILY_COLUMNS, family, col("student_id"));
      if (matched != null) {
        files.csv("recommendations.csv", ScreeningRows.RECOMMENDATIONS_COLUMNS,
            matched.filter(col("met")), col("student_id"), col("need"));
        files.csv("unmet.csv", ScreeningRows.UNMET_COLUMNS,
            matched.filter(col("met").unary_$bang()), col("student_id"), col("need"));
      }
      files.csv("rejects.csv", ScreeningRows.REJECTS_COLUMNS, rejects, col("line"), col("seq"));
    } else {
      files.parquet("tiers", ScreeningRows.TIERS_COLUMNS, tiers, true);
      files.parquet("family", ScreeningRows.FAMILY_COLUMNS, family, true);
      if (matched != null) {
        files.parquet("recommendations", ScreeningRows.RECOMMENDATIONS_COLUMNS,
            matched.filter(col("met")), false);
        files.parquet("unmet", ScreeningRows.UNMET_COLUMNS,
            matched.filter(col("met").unary_$bang()), false);
      }
      files.parquet("rejects", ScreeningRows.REJECTS_COLUMNS, rejects, false);
    }
  }

  /** Builds a {@link SparkScreen}; only the students are required. */
  public static final class Builder {
    private final SparkSession spark;
    private @Nullable String students;
    private @Nullable Path partners;
    private @Nullable Path policy;
    private @Nullable Path rulePack;
    private boolean allowUnsafeRules;
    private Format format = Format.PARQUET;
    private long partitionBytes = 16L << 20;

    private Builder(SparkSession spark) {
      this.spark = spark;
    }

    /**
     * Sets the students: a students.csv (any Hadoop path), or Parquet with the same columns
     * when the path ends in {@code .parquet}.
     */
    public Builder students(String path) {
      this.students = path;
      return this;
    }

    /** Sets partners.csv, read on the driver: adds recommendations and unmet needs. */
    public Builder partners(Path file) {
      this.partners = file;
      return this;
    }

    /** Sets the policy file (YAML or JSON); default the documented defaults. */
    public Builder policy(Path file) {
      this.policy = file;
      return this;
    }

    /** Sets a district's rule pack, a directory read on the driver and sent to executors. */
    public Builder rulePack(Path directory) {
      this.rulePack = directory;
      return this;
    }

    /** Lets the rule pack use what unsafe rules use; see docs/rules.md. Default false. */
    public Builder allowUnsafeRules(boolean allow) {
      this.allowUnsafeRules = allow;
      return this;
    }

    /** Sets how outputs are written; default {@link Format#PARQUET}. */
    public Builder format(Format format) {
      this.format = format;
      return this;
    }

    /**
     * Sets about how many bytes of the students file one task screens (default 16 MiB, about
     * 150,000 students): a task holds its students' output rows in memory.
     */
    public Builder partitionBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("partition bytes must be positive, was " + bytes);
      }
      this.partitionBytes = bytes;
      return this;
    }

    /** Returns the job. */
    public SparkScreen build() {
      if (students == null) {
        throw new IllegalStateException("the students file is required");
      }
      return new SparkScreen(this);
    }
  }
}
