package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in headless Chromium through scripts/check-report.sh: every chart drew its bars,
 * and a page whose charts fail is caught (skipped, with a message, without Chromium).
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  @TempDir static Path dir;
  private static String html;

  @BeforeAll
  static void reportOfAGeneratedDistrict() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " (apt-get install chromium): "
        + "the report's check in a browser is skipped");
    assertThat(CliRunner.run("generate", "--students", "600", "--seed", "3", "--out",
        dir.resolve("district").toString()).exitCode()).isZero();
    assertThat(CliRunner.run("screen", "--students", dir.resolve("district/students.csv")
            .toString(), "--partners", dir.resolve("district/partners.csv").toString(),
        "--out", dir.resolve("out").toString()).exitCode()).isZero();
    CliRunner report = CliRunner.run("report", "--in", dir.resolve("out").toString(), "--out",
        dir.resolve("report.html").toString(), "--services-in-chart", "3");
    assertThat(report.exitCode()).as(report.err()).isZero();
    html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void everyChartOfTheReportDrawsItsBars() throws IOException, InterruptedException {
    Path shot = dir.resolve("report.png");
    String said = check(dir.resolve("report.html"), shot, 0);
    assertThat(said).contains("6 of 6 charts drew", "no injected script ran");
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  @Test
  void aReportWhoseScriptIsBlockedFailsTheCheck() throws IOException, InterruptedException {
    Path tampered = Files.writeString(dir.resolve("blocked.html"),
        html.replace("animation: false", "animation: 0"), StandardCharsets.UTF_8);
    assertThat(check(tampered, dir.resolve("blocked.png"), 1)).contains("only 0 of 6 charts "
        + "drew");
  }

  @Test
  void aChartThatFailsIsNamedWithItsError() throws IOException, InterruptedException {
    Path broken = Files.writeString(dir.resolve("broken.html"), html.replaceFirst(
        "(\"chartIndicators\":\\{[^}]*?)\"datasets\"", "$1\"sets\""), StandardCharsets.UTF_8);
    assertThat(check(broken, dir.resolve("broken.png"), 1)).contains("only 5 of 6 charts drew",
        "id=\"chartIndicators\"", "data-chart-error=\"TypeError");
  }

  private static String check(Path report, Path shot, int exitCode)
      throws IOException, InterruptedException {
    Process check = new ProcessBuilder("bash", "../scripts/check-report.sh", report.toString(),
        shot.toString()).redirectErrorStream(true).start();
    String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor()).as(said).isEqualTo(exitCode);
    return said;
  }
}
