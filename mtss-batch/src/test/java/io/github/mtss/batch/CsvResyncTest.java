package io.github.mtss.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rows a file's reader accepts and rejects around rows the CSV grammar refuses, recorded from
 * the reader that re-opened the file after each such row: the one-pass reader must give the same
 * rows, the same lines and the same problems. Each expected entry is {@code line id} for an
 * accepted row and {@code line id column: problem} for a reject.
 */
class CsvResyncTest {
  private static final String OPEN = " : row cannot be split into fields: unterminated quoted field"
      + " (a \" opens and never closes)";
  private static final String AFTER = " : row cannot be split into fields: text after a closing"
      + " quote (write \"\" for a quote inside a quoted field)";

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of("unterminated quote, no quote after it",
            "student_id,x\na,1\nb,\"2\nc,3\nd,4\n",
            List.of("2 a", "3 b" + OPEN, "4 c", "5 d")),
        Arguments.of("unterminated quote, a quoted field later",
            "student_id,x\na,1\nb,\"2\nc,3\nd,\"4\"\ne,5\n",
            List.of("2 a", "3 b" + AFTER, "4 c", "5 d", "6 e")),
        Arguments.of("text after a closing quote",
            "student_id,x\na,\"1\"x\nb,2\n",
            List.of("2 a" + AFTER, "3 b")),
        Arguments.of("a quoted field over two lines, then a bad row",
            "student_id,x\na,\"1\n2\"\nb,\"3\"y\nc,4\n",
            List.of("2 a", "4 b" + AFTER, "5 c")),
        Arguments.of("escaped quotes and a quote inside an unquoted field",
            "student_id,x\na,\"1\"\"2\"\nb,3\"4\nc,\"5\n",
            List.of("2 a", "3 b", "4 c" + OPEN)),
        Arguments.of("CRLF line ends",
            "student_id,x\r\na,1\r\nb,\"2\r\nc,3\r\n",
            List.of("2 a", "3 b" + OPEN, "4 c")),
        Arguments.of("CR line ends",
            "student_id,x\ra,1\rb,\"2\rc,3\r",
            List.of("2 a", "3 b" + OPEN, "4 c")),
        Arguments.of("a bad last row without a line end",
            "student_id,x\na,1\nb,\"2",
            List.of("2 a", "3 b" + OPEN)),
        Arguments.of("consecutive bad rows",
            "student_id,x\na,\"1\nb,\"2\nc,\"3\nd,4\n",
            List.of("2 a" + AFTER, "3 b" + AFTER, "4 c" + OPEN, "5 d")),
        Arguments.of("spaces after a closing quote",
            "student_id,x\na,\"1\"  \nb,\"2\" z\nc,3\n",
            List.of("2 a", "3 b" + AFTER, "4 c")),
        Arguments.of("byte-order mark and a bad first row",
            "\uFEFFstudent_id,x\n\"a,1\nb,2\n",
            List.of("2 a" + OPEN, "3 b")),
        Arguments.of("a row of one empty quoted field",
            "student_id,x\n\"\"\nb,2\n",
            List.of("2  : row has 1 fields, the header has 2", "3 b")),
        Arguments.of("a quote spanning to the next bad row",
            "student_id,x\na,\"1\nb,2\nc,\"3\"q\nd,4\n",
            List.of("2 a" + AFTER, "3 b", "4 c" + AFTER, "5 d")),
        Arguments.of("lines that each open a quote and leave one open",
            "student_id,x\na\",b,\"c\na\",b,\"c\na\",b,\"c\n",
            List.of("2 a" + OPEN, "3 a" + OPEN, "4 a" + OPEN)),
        Arguments.of("a quote closed and another opened on the next line, closed after it",
            "student_id,x\na,\"1\nb\",c,\"2\nd\"\ne,5\n",
            List.of("2 a : row has 4 fields, the header has 2", "5 e")),
        Arguments.of("the same, with text after the last closing quote",
            "student_id,x\na,\"1\nb\",c,\"2\nd\"q\ne,5\n",
            List.of("2 a" + AFTER, "3 b" + AFTER, "4 d\"q : row has 1 fields, the header has 2",
                "5 e")),
        Arguments.of("too many fields beside a bad row",
            "student_id,x\na,1,2\nb,\"2\nc,3\n",
            List.of("2 a : row has 3 fields, the header has 2", "3 b" + OPEN, "4 c")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void rowsAroundARowTheGrammarRefuses(String name, String file, List<String> expected)
      throws InputFileException {
    assertThat(read(file)).as(name).isEqualTo(expected);
  }

  /**
   * Each line opens a quote that no later line closes, so each row is decided by the end of the
   * file: the reader must not read the rest of the file again for each of them.
   */
  @Test
  void linesThatEachLeaveAQuoteOpenAreReadInLinearTime() {
    String file = "student_id,x\n" + "a\",b,\"c\n".repeat(50_000);
    List<String> rejected = assertTimeout(Duration.ofSeconds(20), () -> read(file));
    assertThat(rejected).hasSize(50_000).allMatch(reject -> reject.endsWith(OPEN));
  }

  static List<String> read(String file) throws InputFileException {
    List<String> seen = new ArrayList<>();
    new CsvInput<String>("f.csv",
            List.of("student_id"), row -> row.required("student_id"))
        .stream(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
            new CsvInput.Sink<>() {
              @Override
              public void accept(CsvInput.Row<String> row) {
                seen.add(row.line() + " " + row.value());
              }

              @Override
              public void reject(RejectedRow problem) {
                seen.add(problem.line() + " " + problem.studentId() + " " + problem.column()
                    + ": " + problem.problem());
              }
            });
    return seen;
  }
}
