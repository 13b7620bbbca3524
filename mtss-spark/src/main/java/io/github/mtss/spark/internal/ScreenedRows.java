package io.github.mtss.spark.internal;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of what the job's stages hand each other: one row per input row screened or
 * rejected, and one row per seat request.
 */
public final class ScreenedRows {
  /** A seat request of a screened student, enough to rebuild its {@code SeatRequest}. */
  static final StructType REQUEST = new StructType()
      .add("student_id", DataTypes.StringType, false)
      .add("need", DataTypes.IntegerType, false)
      .add("priority", DataTypes.LongType, false)
      .add("services", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("cause", DataTypes.IntegerType, false)
      .add("tier", DataTypes.IntegerType, false)
      .add("level", DataTypes.IntegerType, false);

  /**
   * One problem of a rejected input row ({@code reject} set, the others null), or one screened
   * student: its tiers.csv and family.csv rows and its seat requests. {@code seq} orders the
   * problems of one line as the reader reported them.
   */
  public static final StructType SCREENED = new StructType()
      .add("line", DataTypes.LongType, false)
      .add("seq", DataTypes.IntegerType, false)
      .add("student_id", DataTypes.StringType, true)
      .add("school_id", DataTypes.StringType, true)
      .add("tiers", DataTypes.StringType, true)
      .add("family", DataTypes.StringType, true)
      .add("reject", DataTypes.StringType, true)
      .add("requests", DataTypes.createArrayType(REQUEST, false), true);

  private ScreenedRows() {}
}
