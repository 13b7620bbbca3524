package io.github.mtss.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of an output directory, as district staff open it in Excel. */
class CsvWorkbookTest {
  @TempDir Path dir;

  @Test
  void aSheetPerCsvFileTiersFirstWithEveryRowHeaderFrozenAndFilters() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("tiers.csv"), "student_id,school_id,tier,screened_tier,reasons\n"
        + "s1,A,1,1,No domain at risk -> Tier 1\ns2,A,3,2,Severe domain -> Tier 3\n"
        + "s3,B,2,2,\"a, quoted; reason\"\n");
    Files.writeString(out.resolve("rejects.csv"), "line,student_id,column,problem\n");
    Files.writeString(out.resolve("family.csv"), "");
    Files.writeString(out.resolve("summary.json"), "{}");

    List<Path> written = CsvWorkbook.write(out, dir.resolve("out.xlsx"));

    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("tiers.csv", "family.csv", "rejects.csv");
    try (XSSFWorkbook book = read(dir.resolve("out.xlsx"))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3);
      assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
          .containsExactly("tiers", "family", "rejects");
      XSSFSheet tiers = book.getSheet("tiers");
      assertThat(texts(tiers.getRow(0))).containsExactly("student_id", "school_id", "tier",
          "screened_tier", "reasons");
      assertThat(tiers.getLastRowNum()).isEqualTo(3);
      assertThat(tiers.getRow(3).getCell(4).getStringCellValue()).isEqualTo("a, quoted; reason");
      assertThat(tiers.getPaneInformation().isFreezePane()).isTrue();
      assertThat(tiers.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(tiers.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
      assertThat(tiers.getColumnWidth(4)).as("as wide as its text")
          .isEqualTo(("No domain at risk -> Tier 1".length() + 2) * 256);
      assertThat(tiers.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(book.getSheet("rejects").getLastRowNum()).isZero();
      assertThat(book.getSheet("family").getPhysicalNumberOfRows()).isZero();
    }
  }

  @Test
  void tierCellsAreColouredAndNumbersAreNumbers() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("changes.csv"), "student_id,tier_a,tier_b,gpa\n"
        + "007,1,3,2.75\n12,2,2,-1.5\n");

    CsvWorkbook.write(out, dir.resolve("book.xlsx"));

    try (XSSFWorkbook book = read(dir.resolve("book.xlsx"))) {
      XSSFSheet sheet = book.getSheet("changes");
      assertThat(fill(sheet.getRow(1).getCell(1))).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
      assertThat(fill(sheet.getRow(1).getCell(2))).isEqualTo(IndexedColors.ROSE.getIndex());
      assertThat(fill(sheet.getRow(2).getCell(1))).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2.75);
      assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(-1.5);
      assertThat(sheet.getRow(1).getCell(0).getCellType()).as("a leading zero stays")
          .isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(1).getCell(3).getCellStyle().getFillPattern()).as("only tiers")
          .isEqualTo(FillPatternType.NO_FILL);
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysTextAndIsNeverEvaluated() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("tiers.csv"), "student_id,school_id,note\n"
        + "'=HYPERLINK(\"http://x\";\"y\"),'+1+1,'@SUM(A1)\n"
        + "'-PL01,=1+1,\"'\t=2\"\n");

    CsvWorkbook.write(out, dir.resolve("book.xlsx"));

    try (XSSFWorkbook book = read(dir.resolve("book.xlsx"))) {
      XSSFSheet sheet = book.getSheet("tiers");
      List<Cell> cells = new ArrayList<>();
      sheet.getRow(1).forEach(cells::add);
      sheet.getRow(2).forEach(cells::add);
      assertThat(cells).allSatisfy(cell -> {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
      });
      assertThat(cells).extracting(Cell::getStringCellValue).containsExactly(
          "=HYPERLINK(\"http://x\";\"y\")", "+1+1", "@SUM(A1)", "-PL01", "=1+1", "\t=2");
    }
  }

  @Test
  void aCellLongerThanExcelAllowsIsCutAndSaysSo() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("rejects.csv"), "value\n" + "x".repeat(40_000) + "\n");

    CsvWorkbook.write(out, dir.resolve("book.xlsx"));

    try (XSSFWorkbook book = read(dir.resolve("book.xlsx"))) {
      String cell = book.getSheet("rejects").getRow(1).getCell(0).getStringCellValue();
      assertThat(cell).hasSize(CsvWorkbook.MAX_CELL_TEXT).endsWith("see the CSV]");
    }
  }

  /**
   * 150,000 rows in a JVM of 64 MB: a workbook held in memory (XSSF) needs several hundred MB
   * for them, a streamed one a few.
   */
  @Test
  void aLargeFileIsWrittenInBoundedMemory() throws IOException, InterruptedException {
    Path out = Files.createDirectory(dir.resolve("out"));
    int rows = 150_000;
    try (Writer csv = Files.newBufferedWriter(out.resolve("tiers.csv"), StandardCharsets.UTF_8)) {
      csv.write("student_id,school_id,grade_level,tier,attendance,reasons\n");
      for (int i = 0; i < rows; i++) {
        csv.write("S" + i + ",SCH" + (i % 200) + "," + (i % 13) + "," + (1 + i % 3)
            + ",risk,Chronic absence -> attendance support;Tier " + (1 + i % 3) + "\n");
      }
    }
    Path book = dir.resolve("big.xlsx");
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        WriteWorkbook.class.getName(), out.toString(), book.toString())
        .redirectErrorStream(true).start();
    String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(java.exitValue()).as(said).isZero();
    assertThat(said).contains("wrote 1 sheets");
    assertThat(book).isNotEmptyFile();
  }

  /** Writes a workbook in a JVM of its own, for the memory test. */
  static final class WriteWorkbook {
    public static void main(String[] args) throws IOException {
      System.out.println("wrote " + CsvWorkbook.write(Path.of(args[0]), Path.of(args[1])).size()
          + " sheets");
    }
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static short fill(Cell cell) {
    return cell.getCellStyle().getFillForegroundColor();
  }
}
