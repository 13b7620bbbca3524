package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors said in the user's words, naming the file, not the library's (issue 18, case 7; the
 * parser's words in policy and rule files are in {@link HostilePolicyTest} and
 * {@link HostileRulePacksTest}).
 */
class UserWordsTest {
  @TempDir Path dir;

  @Test
  void anOutputDirectoryUnderAFileNamesTheFileInTheWay() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");

    CliRunner result = CliRunner.run("screen", "--students",
        "src/test/resources/fixtures/students.csv", "--out", file.resolve("sub").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).startsWith("error: " + file)
        .contains("a file of that name exists where a directory is needed");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void aDuplicateColumnIsNamedWithoutTheCsvLibrarysSettings() throws IOException {
    Path students = Files.writeString(dir.resolve("students.csv"),
        "student_id,school_id,grade_level,grade_level\nS1,E1,3,3\n");

    CliRunner result = CliRunner.run("screen", "--students", students.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(students + ":1:", "column \"grade_level\" appears twice")
        .doesNotContain("CSVFormat", "setDuplicateHeaderMode");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFullDiskNamesTheOutputDirectory() {
    assertThat(Failures.describe(new IOException("No space left on device"), "out"))
        .isEqualTo("cannot write the output directory out: no space left on device (free some "
            + "disk space, or choose another --out)");
  }
}
