package io.github.mtss.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar's total, and its silence off a terminal. */
class TerminalProgressTest {
  @TempDir
  Path dir;

  @Test
  void theTotalIsTheLinesAfterTheHeaderWithOrWithoutAFinalNewline() throws IOException {
    Path ended = Files.writeString(dir.resolve("a.csv"), "student_id\nS1\nS2\n");
    Path open = Files.writeString(dir.resolve("b.csv"), "student_id\r\nS1\r\nS2");
    Path header = Files.writeString(dir.resolve("c.csv"), "student_id\n");
    assertThat(TerminalProgress.dataRows(ended)).isEqualTo(2);
    assertThat(TerminalProgress.dataRows(open)).isEqualTo(2);
    assertThat(TerminalProgress.dataRows(header)).isZero();
    assertThat(TerminalProgress.dataRows(dir.resolve("missing.csv"))).isEqualTo(-1);
  }

  @Test
  void offATerminalNothingIsDrawnAndEveryCallIsSafe() {
    try (TerminalProgress progress = TerminalProgress.screening(dir.resolve("none.csv"),
        "sorting and writing")) {
      progress.screened(10);
      progress.screeningDone();
      progress.update(20);
    }
  }
}
