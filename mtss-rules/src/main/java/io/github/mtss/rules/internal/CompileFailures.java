package io.github.mtss.rules.internal;

import io.github.mtss.rules.RuleMessage;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a rule author understands for what the Drools compiler says: one line per problem, no
 * stack trace and no names of the compiler's own classes. Also turns the exceptions the compiler
 * throws instead of reporting (an unreadable decision table, a text compared with a number) into
 * located messages.
 */
final class CompileFailures {
  /** Where a compiler message stops being about the rule file and starts dumping internals. */
  private static final Pattern INTERNALS = Pattern.compile(
      "(?s)(\\.?\\s*(Exception: |Stack trace|Problem stacktrace|, expected one of"
          + "|caused by: \\S+Exception)|\\R).*");
  /** A class or method of a library, e.g. {@code org.antlr.v4.runtime.misc.IntervalSet}. */
  private static final Pattern LIBRARY_NAME =
      Pattern.compile("\\b(?:org|com|net)\\.[a-z]\\w*\\.[\\w.$]+");
  private static final String UNREADABLE = "the rule compiler cannot read the rule here: check "
      + "its syntax (parentheses, quotes, 'when', 'then' and 'end')";
  private static final Pattern UNEXPECTED_END =
      Pattern.compile("unexpected exception at input '<eof>'");
  private static final Pattern TABLE_FAILURE = Pattern.compile("^\\[([^\\]]+)\\] (.*)$");
  private static final Pattern NOT_A_NUMBER = Pattern.compile("For input string: (\"[^\"]*\")");
  /** What Drools says about a decision table, and what it means to its author. */
  private static final Map<String, String> TABLE_WORDS = Map.of(
      "No RuleTable cells in spreadsheet.",
      "not a decision table: no cell says RuleTable (copy the header rows from the example pack)",
      "Failed to open Excel stream, please check that the content is xls97 format.",
      "not a spreadsheet: the file cannot be opened as an Excel workbook (.xls or .xlsx)");

  private CompileFailures() {}

  /**
   * Returns a compiler message's first line, without the compiler's internals; a line that
   * still names a library's class says only that the rule cannot be read there.
   */
  static String oneLine(String text) {
    String line = INTERNALS.matcher(text.strip()).replaceFirst("");
    return LIBRARY_NAME.matcher(line).find() ? UNREADABLE : AuthorWords.of(UNEXPECTED_END
        .matcher(line).replaceFirst("the file ends inside a rule: a parenthesis, quote or 'end' "
            + "is missing"));
  }

  /**
   * Describes an exception the compiler threw while building {@code sources}: a decision table
   * it could not read, or a value it could not convert, located in the file at fault.
   */
  static RuleMessage describe(RuntimeException e, Collection<RuleSource> sources) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Matcher table = TABLE_FAILURE.matcher(text.strip());
    if (table.matches()) {
      String problem = TABLE_WORDS.getOrDefault(table.group(2), oneLine(table.group(2)));
      return sources.stream().filter(s -> s.resourcePath().equals(table.group(1))).findFirst()
          .map(s -> RuleMessage.of(s.displayName(), 1, 1, problem))
          .orElse(RuleMessage.of(table.group(1), 1, 1, problem));
    }
    Matcher number = NOT_A_NUMBER.matcher(text);
    if (number.find()) {
      return SourceLocator.locateText(sources, number.group(1),
          number.group(1) + " is not a number but is compared with one");
    }
    return SourceLocator.locateText(sources, "", "the rules cannot be compiled: "
        + oneLine(text));
  }
}
