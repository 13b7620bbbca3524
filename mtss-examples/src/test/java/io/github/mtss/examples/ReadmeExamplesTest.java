package io.github.mtss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.examples.cli.MtssCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "run it on your own data" example works as written. */
class ReadmeExamplesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern CSV_BLOCK = Pattern.compile("(?s)```\\n(student_id,[^`]*)```");

  @TempDir Path dir;

  @Test
  void theReadmeStudentsFileScreensWithoutRejects() throws IOException {
    Matcher csv = CSV_BLOCK.matcher(Files.readString(README));
    assertThat(csv.find()).as("the README shows a students.csv").isTrue();
    Path students = Files.writeString(dir.resolve("students.csv"), csv.group(1));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = MtssCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "screen", "--students", students.toString(), "--out", dir.resolve("screened").toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> tiers = Files.readAllLines(dir.resolve("screened/tiers.csv"));
    assertThat(tiers).hasSize(3);
    assertThat(tiers.get(1)).startsWith("s-1001,north-ms,7,3,risk,none,risk");
    assertThat(tiers.get(2)).startsWith("s-1002,maple-es,K,2,none,none,risk");
  }
}
