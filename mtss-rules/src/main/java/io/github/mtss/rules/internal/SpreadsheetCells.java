package io.github.mtss.rules.internal;

import io.github.mtss.rules.RuleMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locates a place in the rules a spreadsheet decision table generates at the cell it came from:
 * the generator writes {@code // rule values at C11, header at C6} above each rule, so a use in a
 * rule is reported at that row and column ({@code file:11:3}); what comes before the first rule
 * (package, imports) at {@code file:1:1}, where a table's settings start.
 */
final class SpreadsheetCells {
  private static final Pattern ROW = Pattern.compile("// rule values at ([A-Z]+)(\\d+)");

  private SpreadsheetCells() {}

  static RuleMessage at(RuleSource table, String generated, int offset, String message) {
    Matcher row = ROW.matcher(generated.substring(0, offset));
    String column = "A";
    int line = 1;
    while (row.find()) {
      column = row.group(1);
      line = Integer.parseInt(row.group(2));
    }
    return RuleMessage.of(table.displayName(), line, columnNumber(column), message);
  }

  /** Returns a spreadsheet column's number: A is 1, Z 26, AA 27. */
  private static int columnNumber(String letters) {
    int number = 0;
    for (char letter : letters.toCharArray()) {
      number = number * 26 + letter - 'A' + 1;
    }
    return number;
  }
}
