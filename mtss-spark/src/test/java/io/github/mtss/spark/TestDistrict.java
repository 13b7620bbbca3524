package io.github.mtss.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded synthetic district for the tests: students.csv with every grade, indicators around
 * their cut-points, missing values, needs for partners, a few broken rows and a repeated id; and
 * the demo district's partners with their seats multiplied, so some needs get seats and others
 * run out.
 */
final class TestDistrict {
  private static final String HEADER = "student_id,school_id,grade_level,days_enrolled,"
      + "days_absent,suspension_days,incidents_minor,incidents_major,f_ela,f_math,f_other,gpa,"
      + "reading_pct,math_pct,retained,school_moves,home_language,family_availability,"
      + "family_literacy_support,needs";
  private static final List<String> NEEDS = List.of("housing", "food", "clothing", "health",
      "dental", "vision", "mental_health", "transportation", "child_care", "emergency");
  private static final List<String> WINDOWS = List.of("weekday", "evening", "weekend",
      "virtual");

  private TestDistrict() {}

  /** Writes {@code count} students (seeded) to {@code file}, with broken and repeated rows. */
  static Path students(Path file, int count, long seed) throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < count; i++) {
      csv.append(student(i, new SplittableRandom(seed * 1_000_003L + i))).append('\n');
      if (i == count / 3) {
        csv.append("BAD-1,ES-MAPLE,3,abc,3,0,0,0,,,,,50,50,false,0,en,weekday,false,\n");
      }
      if (i == count / 2) {
        csv.append("BAD-2,MS-ASPEN,7,90,200,0,0,0,0,0,0,2.5,,,maybe,0,xx,weekday,false,\n");
        csv.append(student(7, new SplittableRandom(seed * 1_000_003L + 7))).append('\n');
      }
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  /** Writes the demo partners to {@code file} with {@code factor} times their seats. */
  static Path partners(Path file, int factor) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        TestDistrict.class.getResourceAsStream("partners.csv"))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      StringBuilder csv = new StringBuilder(lines[0]).append('\n');
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",", -1);
        cells[13] = String.valueOf(Integer.parseInt(cells[13]) * factor);
        csv.append(String.join(",", cells)).append('\n');
      }
      csv.append("SV-BROKEN,Broken row,P-X,X,volunteer,reading,2,K,5,student,en,weekday,*,"
          + "lots,\n");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      return file;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String student(int index, SplittableRandom r) {
    int grade = r.nextInt(13);
    String school = grade <= 5 ? (index % 2 == 0 ? "ES-MAPLE" : "ES-CEDAR")
        : grade <= 8 ? "MS-ASPEN" : "HS-SUMMIT";
    int enrolled = 150 + r.nextInt(31);
    double absent = Math.floor(enrolled * r.nextDouble() * r.nextDouble() * 0.5 * 2) / 2;
    boolean elementary = grade <= 5;
    String needs = r.nextInt(3) == 0 ? NEEDS.get(r.nextInt(NEEDS.size())) : "";
    if (r.nextInt(10) == 0) {
      needs = needs.isEmpty() ? "food" : needs + ";food";
    }
    return String.join(",", String.format("S%06d", index), school,
        grade == 0 ? "K" : String.valueOf(grade),
        r.nextInt(50) == 0 ? "" : String.valueOf(enrolled),
        String.valueOf(absent),
        r.nextInt(12) == 0 ? String.valueOf(Math.min(absent, r.nextInt(8))) : "0",
        r.nextInt(6) == 0 ? String.valueOf(r.nextInt(7)) : "0",
        r.nextInt(15) == 0 ? String.valueOf(r.nextInt(3)) : "0",
        elementary ? "" : r.nextInt(8) == 0 ? "1" : "0",
        elementary ? "" : r.nextInt(8) == 0 ? "1" : "0",
        elementary ? "" : r.nextInt(10) == 0 ? "1" : "0",
        elementary || r.nextInt(40) == 0 ? ""
            : String.valueOf(Math.round(r.nextDouble(0.3, 4.0) * 100) / 100.0),
        elementary ? String.valueOf(r.nextInt(1, 100)) : "",
        elementary ? String.valueOf(r.nextInt(1, 100)) : "",
        r.nextInt(25) == 0 ? "true" : "false",
        r.nextInt(10) == 0 ? "2" : "0",
        r.nextInt(5) == 0 ? "es" : "en",
        WINDOWS.get(r.nextInt(WINDOWS.size())),
        r.nextInt(12) == 0 ? "true" : "false",
        needs);
  }
}
