package io.github.mtss.examples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.examples.report.Chart;
import io.github.mtss.examples.report.Html;
import io.github.mtss.examples.report.ReportRun;
import io.github.mtss.examples.report.ReportSection;
import io.github.mtss.examples.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page as a list of sections: how another command's section joins the report. */
class HtmlReportTest {
  private static final String MARKUP = "<img src=x onerror=alert(1)>";

  @TempDir Path dir;

  /** A section as another command adds one: shown only when its file is there. */
  private static final class Evaluation implements ReportSection {
    @Override
    public Optional<Part> render(ReportRun run) throws IOException {
      if (!run.has("evaluation.csv")) {
        return Optional.empty();
      }
      Html.Table table = new Html.Table("group", "students#");
      run.rows("evaluation.csv", row -> table.row(false).text(row.get("group"))
          .count(Long.parseLong(row.get("students"))));
      Chart chart = Chart.bars("chartEvaluation", "Students per group")
          .categories("Group", List.of(MARKUP)).values("Students")
          .series("Students", "#4c78a8", List.of(3));
      return Optional.of(Part.of(Html.section("evaluation", "Evaluation", chart.canvas()
          + table.html()), chart));
    }
  }

  @Test
  void aSectionAddsItsMarkupEscapedAndItsChartToTheDataBlock() throws IOException {
    Path out = run("group,students\n\"" + MARKUP + "\",3\n");
    String html = HtmlReport.build(ReportRun.open(out, ReportSettings.DEFAULTS),
        List.of(new Evaluation()));

    assertThat(html).contains("<section id=\"evaluation\"><h2>Evaluation</h2>",
            "<canvas id=\"chartEvaluation\" data-chart=\"chartEvaluation\"",
            "<td>&lt;img src=x onerror=alert(1)&gt;</td><td class=\"num\">3</td>",
            "\"chartEvaluation\":{\"title\":\"Students per group\"",
            "\"labels\":[\"\\u003cimg src=x onerror=alert(1)\\u003e\"]")
        .doesNotContain(MARKUP);
  }

  @Test
  void aSectionWhoseFileIsAbsentLeavesThePageAsItWas() throws IOException {
    Path out = run(null);
    String html = HtmlReport.build(ReportRun.open(out, ReportSettings.DEFAULTS),
        List.of(new Evaluation()));
    assertThat(html).doesNotContain("evaluation").contains("\"charts\":{}");
  }

  @Test
  void twoChartsWithOneIdAreRefused() throws IOException {
    Path out = run("group,students\na,3\n");
    ReportRun run = ReportRun.open(out, ReportSettings.DEFAULTS);
    assertThatThrownBy(() -> HtmlReport.build(run, List.of(new Evaluation(), new Evaluation())))
        .hasMessage("two charts with the id chartEvaluation");
  }

  /** Returns a directory of one run: summary.json naming evaluation.csv when it is given. */
  private Path run(String evaluation) throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    String files = "";
    if (evaluation != null) {
      Path file = Files.writeString(out.resolve("evaluation.csv"), evaluation);
      var fingerprint = OutputDirectory.Fingerprint.of(file);
      files = "\"evaluation.csv\":{\"bytes\":" + fingerprint.bytes() + ",\"crc32c\":\""
          + fingerprint.crc32c() + "\"}";
    }
    Files.writeString(out.resolve("summary.json"), "{\"run\":{\"files\":{" + files + "}}}");
    return out;
  }
}
