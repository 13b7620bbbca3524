package io.github.mtss.bench;

import io.github.mtss.core.Policy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The peer baseline of the end-to-end benchmark: what a district analyst would write instead of
 * using the library, the default tiering rules as one DuckDB SQL query ({@code CASE} expressions
 * over {@code read_csv}, {@code ORDER BY student_id}, {@code COPY ... TO} a CSV file), with the
 * cut-points of the same {@link Policy}. It writes the columns of {@link TiersPipeline}'s
 * tiers.csv, with the same values; {@code scripts/bench.sh} times it beside the pipelines and
 * compares the files. DuckDB is a dependency of this benchmark module only.
 */
public final class DuckDbPeer {
  private DuckDbPeer() {}

  /** Usage: DuckDbPeer THREADS students.csv tiers.csv */
  public static void main(String[] args) throws SQLException {
    long start = System.nanoTime();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      sql.execute("SET threads = " + Integer.parseInt(args[0]));
      sql.execute(query(Policy.defaults(), Path.of(args[1]), Path.of(args[2])));
    }
    System.out.printf("duckdb, %s thread(s): read, decided and written in %d ms%n", args[0],
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Returns the {@code COPY} statement that decides every student of {@code students}. */
  static String query(Policy p, Path students, Path out) {
    return String.format(Locale.ROOT, """
        COPY (
        WITH s AS (
          SELECT student_id, school_id, grade_level,
            CASE WHEN grade_level = 'K' THEN 0 ELSE CAST(grade_level AS INTEGER) END AS g,
            CASE WHEN days_enrolled IS NULL OR days_absent IS NULL OR days_enrolled = 0 THEN NULL
                 ELSE 1.0 - days_absent / days_enrolled END AS rate,
            suspension_days AS susp, incidents_minor AS minor, incidents_major AS major,
            CASE WHEN f_ela IS NULL AND f_math IS NULL THEN NULL
                 ELSE coalesce(f_ela, 0) + coalesce(f_math, 0) END AS core,
            CASE WHEN f_ela IS NULL AND f_math IS NULL AND f_other IS NULL THEN NULL
                 ELSE coalesce(f_ela, 0) + coalesce(f_math, 0) + coalesce(f_other, 0) END AS fails,
            f_ela, f_math, gpa, least(reading_pct, math_pct) AS lowest
          FROM read_csv('%s', header = true, types = {'student_id': 'VARCHAR',
            'school_id': 'VARCHAR', 'grade_level': 'VARCHAR', 'days_enrolled': 'INTEGER',
            'days_absent': 'DOUBLE', 'suspension_days': 'DOUBLE', 'incidents_minor': 'INTEGER',
            'incidents_major': 'INTEGER', 'f_ela': 'INTEGER', 'f_math': 'INTEGER',
            'f_other': 'INTEGER', 'gpa': 'DOUBLE', 'reading_pct': 'DOUBLE',
            'math_pct': 'DOUBLE'})
        ), levels AS (
          SELECT student_id, school_id, grade_level,
            CASE WHEN rate IS NULL THEN 0 WHEN rate < %s THEN 2 WHEN rate < %s THEN 1 ELSE 0 END AS a,
            CASE WHEN susp IS NULL AND minor IS NULL AND major IS NULL THEN 0
                 WHEN coalesce(susp, 0) >= %s OR coalesce(major, 0) >= %d
                   OR coalesce(major, 0) + coalesce(minor, 0) > %d THEN 2
                 WHEN coalesce(susp, 0) >= %s OR coalesce(major, 0) >= %d
                   OR coalesce(minor, 0) >= %d THEN 1
                 ELSE 0 END AS b,
            CASE WHEN g <= %d THEN
                   CASE WHEN lowest IS NULL THEN 0 WHEN lowest < %s THEN 2
                        WHEN lowest < %s THEN 1 ELSE 0 END
                 WHEN gpa IS NULL AND fails IS NULL THEN 0
                 WHEN g < %d THEN greatest(
                   CASE WHEN gpa IS NULL THEN 0 WHEN gpa < %s THEN 2 WHEN gpa < %s THEN 1 ELSE 0 END,
                   CASE WHEN coalesce(f_ela, 0) > 0 AND coalesce(f_math, 0) > 0 THEN 2
                        WHEN core IS NOT NULL AND core >= %d THEN 1 ELSE 0 END)
                 ELSE greatest(
                   CASE WHEN gpa IS NULL THEN 0 WHEN gpa < %s THEN 2 WHEN gpa < %s THEN 1 ELSE 0 END,
                   CASE WHEN coalesce(core, 0) >= %d THEN 2
                        WHEN fails IS NOT NULL AND fails >= %d THEN 1 ELSE 0 END)
            END AS c
          FROM s
        )
        SELECT student_id, school_id, grade_level,
          CASE WHEN greatest(a, b, c) = 2
                 OR (a > 0)::INTEGER + (b > 0)::INTEGER + (c > 0)::INTEGER >= %d THEN 3
               WHEN greatest(a, b, c) = 1 THEN 2 ELSE 1 END AS tier,
          %s AS attendance, %s AS behavior, %s AS coursework
        FROM levels ORDER BY student_id
        ) TO '%s' (HEADER, DELIMITER ',')""",
        literal(students),
        real(p.attendanceSevereBelow()), real(p.attendanceRiskBelow()),
        real(p.behaviorSevereSuspensionDays()), p.behaviorSevereMajorIncidents(),
        p.behaviorSevereIncidentsAbove(),
        real(p.behaviorRiskSuspensionDays()), p.behaviorRiskMajorIncidents(),
        p.behaviorRiskMinorIncidents(),
        p.screenerMaxGrade(), real(p.screenerSevereBelow()), real(p.screenerRiskBelow()),
        p.highSchoolMinGrade(), real(p.middleSevereGpaBelow()), real(p.middleRiskGpaBelow()),
        p.middleRiskCoreFailures(),
        real(p.highSevereGpaBelow()), real(p.highRiskGpaBelow()), p.highSevereCoreFailures(),
        p.highRiskFailures(),
        p.tier3RiskDomains(), level("a"), level("b"), level("c"), literal(out));
  }

  /** A DOUBLE literal, compared as Java compares doubles (a bare 0.9 would be a DECIMAL). */
  private static String real(double value) {
    return "CAST(" + value + " AS DOUBLE)";
  }

  private static String level(String column) {
    return "CASE " + column + " WHEN 2 THEN 'severe' WHEN 1 THEN 'risk' ELSE 'none' END";
  }

  private static String literal(Path path) {
    return path.toAbsolutePath().toString().replace("'", "''");
  }
}
