package io.github.mtss.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The demo district of the tests (a copy of the command line's), and variants of it. */
final class TestDistrict {
  private TestDistrict() {}

  /** Returns a file of the demo district: students.csv or partners.csv. */
  static InputStream demo(String file) {
    return Objects.requireNonNull(
        TestDistrict.class.getResourceAsStream("demo/" + file), file);
  }

  /**
   * Returns the demo students with their first row repeated (line 402) and a row with a word
   * for a number (line 403) appended.
   */
  static InputStream studentsWithRepeatAndBrokenRow() throws IOException {
    String students = new String(demo("students.csv").readAllBytes(), StandardCharsets.UTF_8);
    String repeated = students.lines().skip(1).findFirst().orElseThrow();
    String broken = "bad-1,north,7,abc,3,0,0,0,0,0,0,2.5,,,false,0,en,weekday,false,";
    return new ByteArrayInputStream((students + repeated + "\n" + broken + "\n")
        .getBytes(StandardCharsets.UTF_8));
  }
}
