package io.github.mtss.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the job's outputs through Spark's committers, so a retried task never leaves a
 * duplicate: as the CSV files of {@code mtss screen} (each sorted, one file, its header first), or
 * as Parquet directories whose columns are those files' cells, optionally partitioned by school.
 */
public final class OutputFiles implements AutoCloseable {
  private static final String PARTS = "_spark_parts";
  private final Path out;
  private final FileSystem fs;

  /** Writes into {@code out}, which must be missing or empty. */
  public OutputFiles(SparkSession spark, String out) throws IOException {
    this.out = new Path(out);
    this.fs = FileSystem.newInstance(this.out.toUri(), spark.sparkContext().hadoopConfiguration());
    fs.setWriteChecksum(false);
    if (fs.exists(this.out) && fs.listStatus(this.out).length > 0) {
      throw new IllegalArgumentException(out + ": the output directory must be new or empty");
    }
  }

  /**
   * Writes {@code file} (such as {@code tiers.csv}) from the formatted rows in column
   * {@code row} of {@code rows}, sorted by {@code order}: Spark writes the sorted rows in one
   * task, then they are put behind the header in {@code out/file} and Spark's directory removed.
   */
  public void csv(String file, List<String> columns, Dataset<Row> rows, Column... order)
      throws IOException {
    Path parts = new Path(new Path(out, PARTS), file);
    rows.repartition(1).sortWithinPartitions(order).select("row")
        .write().option("lineSep", "\r\n").mode(SaveMode.ErrorIfExists).text(parts.toString());
    FileStatus[] written = fs.listStatus(parts, path -> path.getName().startsWith("part-"));
    Arrays.sort(written);
    try (OutputStream target = fs.create(new Path(out, file), false)) {
      target.write((io.github.mtss.batch.ScreeningRows.header(columns) + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
      for (FileStatus part : written) {
        try (InputStream in = fs.open(part.getPath())) {
          in.transferTo(target);
        }
      }
    }
    fs.delete(parts, true);
    Path root = new Path(out, PARTS);
    if (fs.listStatus(root).length == 0) {
      fs.delete(root, true);
    }
  }

  /**
   * Writes the directory {@code name} as Parquet: one string column per column of the CSV file,
   * holding the cells of the formatted rows in column {@code row} of {@code rows}; partitioned by
   * {@code school_id} when {@code bySchool} (a column the rows must have).
   */
  public void parquet(String name, List<String> columns, Dataset<Row> rows, boolean bySchool) {
    StructType schema = new StructType();
    for (String column : columns) {
      schema = schema.add(column, DataTypes.StringType, false);
    }
    boolean addSchool = bySchool && !columns.contains("school_id");
    if (addSchool) {
      schema = schema.add("school_id", DataTypes.StringType, false);
    }
    Dataset<Row> cells = rows.map((org.apache.spark.api.java.function.MapFunction<Row, Row>)
        row -> cells(row.<String>getAs("row"),
            addSchool ? row.<String>getAs("school_id") : null), Encoders.row(schema));
    var writer = cells.write().mode(SaveMode.ErrorIfExists);
    if (bySchool) {
      writer = writer.partitionBy("school_id");
    }
    writer.parquet(new Path(out, name).toString());
  }

  /** Closes this writer's own handle on the file system. */
  @Override
  public void close() throws IOException {
    fs.close();
  }

  /** Returns the cells of one formatted row, with {@code school} after them when given. */
  static Row cells(String row, @org.jspecify.annotations.Nullable String school)
      throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(row), CSVFormat.RFC4180)) {
      List<Object> values = new ArrayList<>(parser.getRecords().get(0).toList());
      if (school != null) {
        values.add(school);
      }
      return RowFactory.create(values.toArray());
    }
  }
}
