package io.github.mtss.spark.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import scala.Tuple2;

/**
 * The students file as numbered lines of students.csv: line {@code i} of the file has index
 * {@code i - 1}, index 0 the header. A Parquet file with the same columns becomes the CSV it
 * holds, row {@code n} (from 1) being index {@code n}, as if it were line {@code n + 1} of a CSV.
 *
 * @param header the header line
 * @param numbered every line with its index, in file order
 */
public record StudentLines(String header, JavaPairRDD<String, Long> numbered) {
  /** Reads {@code path}, about {@code partitionBytes} of it per partition. */
  public static StudentLines read(SparkSession spark, String path, long partitionBytes)
      throws IOException {
    return path.endsWith(".parquet") ? parquet(spark, path) : csv(spark, path, partitionBytes);
  }

  private static StudentLines csv(SparkSession spark, String path, long partitionBytes)
      throws IOException {
    Path file = new Path(path);
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.isFile(file)) {
      throw new IOException(path + ": no such file");
    }
    int partitions = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
        fs.getFileStatus(file).getLen() / partitionBytes + 1));
    JavaRDD<String> lines = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .textFile(path, partitions);
    String header = lines.isEmpty() ? "" : lines.first();
    return new StudentLines(header, lines.zipWithIndex());
  }

  private static StudentLines parquet(SparkSession spark, String path) {
    Dataset<Row> rows = spark.read().parquet(path);
    String[] columns = rows.columns();
    Column[] asText = Arrays.stream(columns)
        .map(c -> rows.col(c).cast(DataTypes.StringType)).toArray(Column[]::new);
    JavaRDD<String> lines = rows.select(asText).map(
        (org.apache.spark.api.java.function.MapFunction<Row, String>) row -> {
          Object[] cells = new Object[row.size()];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = row.isNullAt(i) ? "" : row.getString(i);
          }
          return CSVFormat.RFC4180.format(cells);
        }, Encoders.STRING()).javaRDD();
    return new StudentLines(CSVFormat.RFC4180.format((Object[]) columns),
        lines.zipWithIndex().mapToPair(line -> new Tuple2<>(line._1(), line._2() + 1)));
  }
}
