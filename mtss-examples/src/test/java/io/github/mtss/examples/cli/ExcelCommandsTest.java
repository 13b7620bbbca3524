package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code screen --xlsx} and {@code compare --xlsx}: the outputs as one Excel workbook. */
class ExcelCommandsTest {
  @TempDir Path dir;

  @Test
  void screenWritesAWorkbookBesideTheOutputDirectoryWithASheetPerCsvFile() throws IOException {
    Path students = TestFiles.copy(DemoCommand.STUDENTS, dir, "students.csv");
    Path partners = TestFiles.copy(DemoCommand.PARTNERS, dir, "partners.csv");
    CliRunner result = CliRunner.run("screen", "--students", students.toString(), "--partners",
        partners.toString(), "--out", dir.resolve("results").toString(), "--xlsx");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path book = dir.resolve("results.xlsx");
    assertThat(result.out()).contains("wrote " + book + " (6 sheets)");
    try (XSSFWorkbook workbook = read(book)) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("tiers", "family", "recommendations", "rejects",
          "tier_history", "unmet");
      for (String name : names) {
        List<String> lines = TestFiles.lines(dir.resolve("results/" + name + ".csv"));
        assertThat(workbook.getSheet(name).getLastRowNum() + 1).as(name).isEqualTo(lines.size());
        assertThat(workbook.getSheet(name).getRow(0).getCell(0).getStringCellValue())
            .isEqualTo(lines.get(0).split(",")[0]);
      }
    }
    CliRunner again = CliRunner.run("screen", "--students", students.toString(), "--out",
        dir.resolve("results").toString(), "--xlsx");
    assertThat(again.exitCode()).as("the workbook is not in the directory: " + again.err())
        .isZero();
  }

  @Test
  void compareWritesItsChangesAsAWorkbook() throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"),
        "student_id,school_id,grade_level,days_enrolled,days_absent,gpa\na,S,7,100,11,3.0\n");
    Path lenient = Files.writeString(dir.resolve("a.yaml"), "attendance_risk_below: 0.88\n");
    CliRunner result = CliRunner.run("compare", "--students", students.toString(), "--policy",
        lenient.toString(), "--out", dir.resolve("cmp").toString(), "--xlsx=" + dir.resolve(
            "changes.xlsx"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (XSSFWorkbook workbook = read(dir.resolve("changes.xlsx"))) {
      assertThat(workbook.getSheet("changes").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("a");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "screen --xlsx=s.csv|the workbook's name must end in .xlsx",
      "screen --xlsx=out/book.xlsx|lies inside --out",
      "compare --xlsx|--xlsx writes the CSV files of --out: give --out too"})
  void aWorkbookThatWouldReplaceAnInputOrBeLostIsRefusedBeforeAnythingIsWritten(String options,
      String message) throws IOException {
    Path students = Files.writeString(dir.resolve("s.csv"),
        "student_id,school_id,grade_level,days_enrolled,days_absent,gpa\na,S,7,100,11,3.0\n");
    String[] words = options.split(" ");
    List<String> args = new ArrayList<>(List.of(words[0], "--students", students.toString(),
        words[1].replace("=", "=" + dir + "/")));
    if (words[0].equals("screen")) {
      args.addAll(List.of("--out", dir.resolve("out").toString()));
    }
    CliRunner result = CliRunner.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(message);
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(Files.readString(students)).endsWith("a,S,7,100,11,3.0\n");
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
