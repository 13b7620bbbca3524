package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.core.Student;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The yardstick's inputs: the indicator columns of students.csv (never a demographic column), as
 * numbers with {@code NaN} for a missing value, and how a fold turns them into a design matrix.
 *
 * <p>Missing values: a column's missing cells take the median of the training students' known
 * values, and a 0/1 column "{@code <column>_missing}" is added when any training student lacks
 * the column (so a K-5 student without a GPA is not read as a student with an average GPA). Every
 * column is then standardised with the training students' mean and standard deviation; a column
 * constant on the training students is left out.
 */
final class Features {
  private record Column(String name, Function<Student, @Nullable Number> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("attendance_rate", Student::attendanceRate),
      new Column("suspension_days", Student::suspensionDays),
      new Column("incidents_minor", Student::incidentsMinor),
      new Column("incidents_major", Student::incidentsMajor),
      new Column("f_ela", Student::failingEla),
      new Column("f_math", Student::failingMath),
      new Column("f_other", Student::failingOther),
      new Column("gpa", Student::gpa),
      new Column("reading_pct", Student::readingPercentile),
      new Column("math_pct", Student::mathPercentile),
      new Column("retained", s -> s.retained() == null ? null : s.retained() ? 1 : 0),
      new Column("school_moves", Student::schoolMoves),
      new Column("grade_level", s -> s.grade().number()));

  private Features() {}

  /** Returns each student's raw values, one row per student, NaN where missing. */
  static double[][] raw(List<Student> students) {
    double[][] raw = new double[students.size()][COLUMNS.size()];
    for (int i = 0; i < raw.length; i++) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        Number value = COLUMNS.get(c).value().apply(students.get(i));
        raw[i][c] = value == null ? Double.NaN : value.doubleValue();
      }
    }
    return raw;
  }

  /** The transformation learnt on one fold's training students. */
  static final class Design {
    private final List<String> names = new ArrayList<>();
    private final List<int[]> sources = new ArrayList<>();   // {column, 0 value | 1 missing}
    private final List<double[]> scales = new ArrayList<>();  // {median, mean, sd}

    /** Learns medians, missing indicators and scales from the rows where {@code train}. */
    Design(double[][] raw, boolean[] train) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        double[] known = column(raw, train, c);
        long trainRows = count(train);
        double median = known.length == 0 ? 0 : median(known);
        consider(raw, train, c, 0, median);
        if (known.length > 0 && known.length < trainRows) {
          consider(raw, train, c, 1, median);
        }
      }
    }

    private void consider(double[][] raw, boolean[] train, int column, int kind, double median) {
      double sum = 0;
      double squares = 0;
      long n = 0;
      for (int i = 0; i < raw.length; i++) {
        if (train[i]) {
          double x = value(raw[i][column], kind, median);
          sum += x;
          squares += x * x;
          n++;
        }
      }
      double mean = sum / n;
      double sd = Math.sqrt(Math.max(0, squares / n - mean * mean));
      if (sd > 1e-12) {
        names.add(COLUMNS.get(column).name() + (kind == 1 ? "_missing" : ""));
        sources.add(new int[] {column, kind});
        scales.add(new double[] {median, mean, sd});
      }
    }

    private static double value(double raw, int kind, double median) {
      boolean missing = Double.isNaN(raw);
      return kind == 1 ? (missing ? 1 : 0) : missing ? median : raw;
    }

    /** Returns the names of the design's columns. */
    List<String> names() {
      return names;
    }

    /** Returns one student's standardised row, with a leading 1 for the intercept. */
    double[] row(double[] raw) {
      double[] row = new double[names.size() + 1];
      row[0] = 1;
      for (int k = 0; k < sources.size(); k++) {
        double[] scale = scales.get(k);
        double x = value(raw[sources.get(k)[0]], sources.get(k)[1], scale[0]);
        row[k + 1] = (x - scale[1]) / scale[2];
      }
      return row;
    }

    private static double[] column(double[][] raw, boolean[] train, int c) {
      return java.util.stream.IntStream.range(0, raw.length)
          .filter(i -> train[i] && !Double.isNaN(raw[i][c])).mapToDouble(i -> raw[i][c])
          .toArray();
    }

    private static long count(boolean[] flags) {
      long n = 0;
      for (boolean flag : flags) {
        n += flag ? 1 : 0;
      }
      return n;
    }

    private static double median(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int mid = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
  }
}
