package io.github.mtss.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compiler's messages in a rule author's words (issue 18, case 7). */
class CompileFailuresTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Line 3:12 mismatched input 'end' in query | Line 3:12 mismatched input 'end' in query",
      "Line 4:0 unexpected exception at input '<eof>'. Exception: java.lang.NullPointerException:"
          + " x. Stack trace: | Line 4:0 the file ends inside a rule: a parenthesis, quote or "
          + "'end' is missing",
      "Cannot invoke \"org.antlr.v4.runtime.misc.IntervalSet.toArray()\" because \"set\" is null"
          + " | the rule compiler cannot read the rule here: check its syntax (parentheses, "
          + "quotes, 'when', 'then' and 'end')",
      "Unable to parse consequence caused by: (line 2,col 7) Parse error. Found \"}\", expected "
          + "one of \"!\" \"(\" | Unable to parse consequence caused by: (line 2,col 7) Parse "
          + "error. Found \"}\""})
  void saysOneLineWithoutTheLibrarysInternals(String compiler, String author) {
    assertThat(CompileFailures.oneLine(compiler + "\n\tat org.drools.X.y(X.java:1)"))
        .isEqualTo(author);
  }
}
