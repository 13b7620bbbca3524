package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule packs a hostile or careless author could write (issue 18, cases 3 and 5-8): each stops
 * {@code screen} with exit 2 and one located message per problem, no stack trace, nothing
 * written.
 */
class HostileRulePacksTest {
  private static final String STUDENTS = "src/test/resources/fixtures/students.csv";
  private static final String HEAD = "package district.hostile;\n"
      + "import io.github.mtss.core.Student;\n"
      + "rule \"Hostile\"\n"
      + "    ruleflow-group \"tiers\"\n"
      + "when\n";
  private static final String TABLE = "packs/example-district/attendance-by-grade-band.drl.csv";

  @TempDir Path dir;

  static Stream<Arguments> packs() throws IOException {
    String table = Files.readString(Path.of(TABLE));
    return Stream.of(
        drl("3: System.exit", "    $s : Student()\nthen\n    System.exit(3);\nend\n",
            ":8:5:", "uses System"),
        drl("3: java.io", "    $s : Student()\nthen\n    new java.io.File(\"x\").delete();\nend\n",
            ":8:9:", "uses java.io"),
        drl("3: java.nio.file", "    $s : Student()\nthen\n    java.nio.file.Files.delete(null);\n"
            + "end\n", ":8:5:", "uses java.nio.file"),
        drl("3: ProcessBuilder", "    $s : Student()\nthen\n    new ProcessBuilder(\"sh\");\nend\n",
            ":8:9:", "uses ProcessBuilder"),
        drl("3: reflection", "    $s : Student()\nthen\n    $s.getClass().getDeclaredFields();\n"
            + "end\n", ":8:8:", "uses reflection"),
        drl("3: threads", "    $s : Student()\nthen\n    new Thread(() -> {}).start();\nend\n",
            ":8:9:", "uses threads"),
        file("3: System in a spreadsheet's action cell", "t.drl.xlsx", xlsx(table.replace(
            "insert( IndicatorLevel", "System.exit(0); insert( IndicatorLevel")), ":10:1:",
            "uses System"),
        file("3: the defaults' package in a spreadsheet", "t.drl.xlsx", xlsx(table.replace(
            "district.example", "io.github.mtss.rules.defaults")), ":1:1:",
            "is reserved for the default rules"),
        file("3: the defaults' package", "a.drl", ("package io.github.mtss.rules.defaults;\n"
            + HEAD.substring(HEAD.indexOf('\n') + 1) + "    $s : Student()\nthen\nend\n")
            .getBytes(StandardCharsets.UTF_8), ":1:1:", "is reserved for the default rules"),
        file("4: a rule file above 4 MiB", "a.drl", ("// " + "x".repeat(4 << 20))
            .getBytes(StandardCharsets.UTF_8), ":1:1:", "larger than 4 MiB"),
        file("5: a decision table with no RuleTable", "t.drl.csv",
            "RuleSet,district.x\nImport,io.github.mtss.core.Student\n".getBytes(
                StandardCharsets.UTF_8), ":1:1:", "not a decision table"),
        file("5: random bytes as a spreadsheet", "t.drl.xlsx", random(3000), ":1:1:",
            "not a spreadsheet"),
        drl("5: a text compared with a number", "    $s : Student( grade.number >= \"three\" )\n"
            + "then\nend\n", ":6:35:", "\"three\" is not a number"),
        drl("7: an unterminated string", "    $s : Student( studentId == \"x )\nthen\nend\n",
            ":", "a parenthesis, quote or 'end' is missing"),
        file("8: a decision table row with a bad phase", "t.drl.csv", table.replace(
            "6-8\",\"indicators\"", "6-8\",\"indic\"").getBytes(StandardCharsets.UTF_8),
            ":11:2:", "unknown phase 'indic'"),
        file("8: a decision table row with a broken quote", "t.drl.csv", table.replace(
            "6-8\",\"indicators\"", "6-8,\"indicators\"").getBytes(StandardCharsets.UTF_8),
            ":11:2:", "names no phase"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packs")
  void isRefusedWithItsLocationAndNothingIsWritten(String name, String file, byte[] content,
      String location, String words) throws IOException {
    Path pack = Files.createDirectories(dir.resolve("pack"));
    Files.write(pack.resolve(file), content);

    CliRunner result = screen(pack);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).contains(pack.resolve(file) + location, words);
    assertUserWords(result.err());
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aReviewedPackMayUseWhatIsRefusedByDefault() throws IOException {
    Path pack = write("    $s : Student()\nthen\n    System.getenv(\"HOME\");\nend\n");

    CliRunner refused = CliRunner.run("validate", "--rules", pack.toString());
    CliRunner allowed = CliRunner.run("validate", "--rules", pack.toString(),
        "--allow-unsafe-rules");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("--allow-unsafe-rules");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
  }

  @Test
  void case3AHungConsequenceIsStoppedAtTheWallClockLimitNamingRuleAndStudent()
      throws IOException {
    Path pack = write("    $s : Student( studentId == \"S001\" )\nthen\n"
        + "    try { Thread.sleep(600_000); } catch (InterruptedException e) { }\nend\n");
    Path policy = Files.writeString(dir.resolve("policy.yaml"), "max_seconds_per_batch: 1\n");

    CliRunner result = CliRunner.run("screen", "--students", STUDENTS, "--rules",
        pack.toString(), "--allow-unsafe-rules", "--policy", policy.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).contains("rule \"Hostile\" for student \"S001\" did not finish "
        + "within 1 s (max_seconds_per_batch)");
    assertUserWords(result.err());
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void case6AConsequenceThatThrowsNamesTheRuleAndTheStudentInScreenAndCompare()
      throws IOException {
    Path pack = write("    $s : Student( studentId == \"S002\" )\nthen\n"
        + "    throw new IllegalArgumentException(\"boom\");\nend\n");
    String expected = "error: rule \"Hostile\" for student \"S002\" failed: "
        + "IllegalArgumentException: boom";

    CliRunner screened = screen(pack);
    CliRunner compared = CliRunner.run("compare", "--students", STUDENTS, "--rules-b",
        pack.toString(), "--out", dir.resolve("out").toString());

    for (CliRunner result : new CliRunner[] {screened, compared}) {
      assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
      assertThat(result.err().strip()).isEqualTo(expected);
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void theExamplePackAndTheDefaultsAreSafe() {
    assertThat(CliRunner.run("validate", "--rules", "packs/example-district").exitCode())
        .isZero();
  }

  private CliRunner screen(Path pack) {
    return CliRunner.run("screen", "--students", STUDENTS, "--rules", pack.toString(), "--out",
        dir.resolve("out").toString());
  }

  private Path write(String rest) throws IOException {
    Path pack = Files.createDirectories(dir.resolve("pack"));
    Files.writeString(pack.resolve("a.drl"), HEAD + rest);
    return pack;
  }

  /** Asserts a message speaks the user's words: no stack trace, no library class. */
  static void assertUserWords(String err) {
    assertThat(err).doesNotContain("\tat ", "Exception:", "org.drools", "org.antlr",
        "com.fasterxml", "org.apache", "Caused by");
  }

  private static Arguments drl(String name, String rest, String location, String words) {
    return file(name, "a.drl", (HEAD + rest).getBytes(StandardCharsets.UTF_8), location, words);
  }

  private static Arguments file(String name, String file, byte[] content, String location,
      String words) {
    return Arguments.of(name, file, content, location, words);
  }

  /** Returns a CSV decision table saved as an Excel workbook, one cell per CSV field. */
  private static byte[] xlsx(String csv) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Tables");
      for (CSVRecord record : parser) {
        Row row = sheet.createRow((int) record.getRecordNumber() - 1);
        for (int i = 0; i < record.size(); i++) {
          row.createCell(i).setCellValue(record.get(i));
        }
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(18).nextBytes(bytes);
    return bytes;
  }
}
