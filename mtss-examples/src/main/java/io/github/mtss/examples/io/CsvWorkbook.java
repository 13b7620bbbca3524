package io.github.mtss.examples.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The CSV files of an output directory as one Excel workbook, a sheet per file (named after it,
 * {@code tiers.csv} first): header row frozen and bold, an auto-filter on every column, columns
 * as wide as their text (up to {@link #MAX_COLUMN_WIDTH} characters), tier cells coloured like
 * the report (Tier 1 green, 2 amber, 3 red), whole and decimal numbers as numbers.
 *
 * <p>Every other cell is text, never a formula: a cell a CSV file neutralised with a leading
 * apostrophe ({@code '=HYPERLINK(…)}) is written as its text ({@code =HYPERLINK(…)}) in a cell
 * marked as typed with an apostrophe, which Excel shows and keeps as text even when edited.
 *
 * <p>Streamed: rows are read one at a time and POI's SXSSF keeps {@link #ROWS_IN_MEMORY} rows of
 * a sheet in memory (the rest go to a compressed temporary file), so a million-row tiers.csv
 * needs no more memory than a small one. A file longer than a sheet (1,048,575 rows) continues on
 * sheets named {@code tiers (2)}, ...
 */
public final class CsvWorkbook {
  /** Rows of a sheet kept in memory while writing; earlier rows are flushed to disk. */
  public static final int ROWS_IN_MEMORY = 200;
  /** The widest a column is made, in characters; wider text wraps in Excel's cell view. */
  public static final int MAX_COLUMN_WIDTH = 60;
  /** Excel's limit of text in one cell; longer text is cut and marked. */
  public static final int MAX_CELL_TEXT = 32_767;
  private static final int SHEET_ROWS = 1_048_576;
  private static final String CUT = " [cut: the cell is longer than Excel allows; see the CSV]";
  private static final String FIRST = "tiers.csv";
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,15})?");
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final CSVFormat CSV = CSVFormat.RFC4180;
  private static final short[] TIER_COLOURS = {IndexedColors.LIGHT_GREEN.getIndex(),
      IndexedColors.LIGHT_YELLOW.getIndex(), IndexedColors.ROSE.getIndex()};

  private final SXSSFWorkbook workbook;
  private final CellStyle header;
  private final CellStyle quoted;
  private final CellStyle[] tiers = new CellStyle[3];

  private CsvWorkbook(SXSSFWorkbook workbook) {
    this.workbook = workbook;
    header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
    for (int tier = 0; tier < 3; tier++) {
      tiers[tier] = workbook.createCellStyle();
      tiers[tier].setFillForegroundColor(TIER_COLOURS[tier]);
      tiers[tier].setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }

  /**
   * Writes every CSV file of {@code directory} into the workbook {@code target} (replaced whole,
   * or left as it was when writing fails).
   *
   * @return the CSV files written, in sheet order
   */
  public static List<Path> write(Path directory, Path target) throws IOException {
    List<Path> files = csvFiles(directory);
    ReplacedFile.write(target, out -> {
      SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
      workbook.setCompressTempFiles(true);
      try {
        CsvWorkbook sheets = new CsvWorkbook(workbook);
        for (Path file : files) {
          sheets.add(file);
        }
        workbook.write(out);
      } finally {
        workbook.close();
        workbook.dispose();
      }
    });
    return files;
  }

  private static List<Path> csvFiles(Path directory) throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.filter(p -> p.getFileName().toString().endsWith(".csv")
              && Files.isRegularFile(p))
          .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().equals(FIRST))
              .thenComparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  /** Adds the file's sheets: its rows, streamed, on as many sheets as they need. */
  private void add(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSV.parse(reader)) {
      var rows = parser.iterator();
      if (!rows.hasNext()) {
        workbook.createSheet(sheetName(name, 1));
        return;
      }
      List<String> headings = rows.next().toList();
      for (int part = 1; part == 1 || rows.hasNext(); part++) {
        Sheet sheet = new Sheet(workbook.createSheet(sheetName(name, part)), headings);
        while (rows.hasNext() && sheet.rows < SHEET_ROWS) {
          sheet.add(rows.next());
        }
        sheet.finish();
      }
    }
  }

  private static String sheetName(String name, int part) {
    String suffix = part == 1 ? "" : " (" + part + ")";
    return name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
  }

  /** One sheet being written: its header, its column widths, the tier columns. */
  private final class Sheet {
    private final SXSSFSheet sheet;
    private final int[] widths;
    private final boolean[] tierColumn;
    private int rows;

    Sheet(SXSSFSheet sheet, List<String> headings) {
      this.sheet = sheet;
      widths = new int[headings.size()];
      tierColumn = new boolean[headings.size()];
      SXSSFRow row = sheet.createRow(rows++);
      for (int i = 0; i < headings.size(); i++) {
        String heading = headings.get(i);
        tierColumn[i] = heading.equals("tier") || heading.endsWith("_tier")
            || heading.startsWith("tier_");
        SXSSFCell cell = row.createCell(i);
        cell.setCellValue(heading);
        cell.setCellStyle(header);
        widths[i] = heading.length();
      }
      sheet.createFreezePane(0, 1);
    }

    void add(CSVRecord record) {
      SXSSFRow row = sheet.createRow(rows++);
      for (int i = 0; i < record.size(); i++) {
        cell(row.createCell(i), record.get(i), i < tierColumn.length && tierColumn[i]);
        if (i < widths.length) {
          widths[i] = Math.max(widths[i], Math.min(record.get(i).length(), MAX_COLUMN_WIDTH));
        }
      }
    }

    void finish() {
      sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, Math.max(0, widths.length - 1)));
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, (Math.min(widths[i], MAX_COLUMN_WIDTH) + 2) * 256);
      }
    }
  }

  private void cell(SXSSFCell cell, String value, boolean tierColumn) {
    if (NUMBER.matcher(value).matches()) {
      cell.setCellValue(Double.parseDouble(value));
      if (tierColumn && value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '3') {
        cell.setCellStyle(tiers[value.charAt(0) - '1']);
      }
      return;
    }
    boolean neutralised = neutralised(value);
    String text = neutralised ? value.substring(1) : value;
    cell.setCellValue(text.length() > MAX_CELL_TEXT
        ? text.substring(0, MAX_CELL_TEXT - CUT.length()) + CUT : text);
    if (neutralised || !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      cell.setCellStyle(quoted);
    }
  }

  /**
   * Returns whether a CSV writer put the cell's leading apostrophe before text that starts like
   * a formula (and is no number), as the tool's CSV files do.
   */
  private static boolean neutralised(String value) {
    return value.length() > 1 && value.charAt(0) == '\''
        && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
        && !NUMBER.matcher(value.substring(1)).matches();
  }
}
