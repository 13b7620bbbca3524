package io.github.mtss.examples.cli;

import io.github.mtss.examples.io.ReplacedFile;
import io.github.mtss.examples.report.ReportSettings;
import io.github.mtss.examples.research.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mtss report}: one self-contained HTML report of a screen's output directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes a single self-contained HTML file with charts (readable offline) from "
        + "the output directory of a screen.",
    footer = {"  mtss report --in screened --out report.html"})
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "DIR",
      description = "Output directory of `screen`.")
  private Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The HTML file to write (e.g. report.html); replaced when it exists.")
  private Path out;

  @Option(names = "--tier23-flag", defaultValue = "0.20", paramLabel = "SHARE",
      description = "Share of students in Tiers 2-3 above which a school is flagged "
          + "(default 0.20, the 80/15/5 rule of thumb).")
  private double tier23Flag;

  @Option(names = "--schools-in-chart", defaultValue = "20", paramLabel = "N",
      description = "Flagged schools drawn in the chart, highest Tier 2-3 share first "
          + "(default 20); the table lists every school.")
  private int schoolsInChart;

  @Option(names = "--services-in-chart", defaultValue = "10", paramLabel = "N",
      description = "Fullest and least-used partner services drawn, N of each (default 10); "
          + "the table lists every service.")
  private int servicesInChart;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (Files.isDirectory(out)) {
      throw new FileAlreadyExistsException(out.toString(), null,
          "is a directory; --out is the report's file");
    }
    ReportSettings settings;
    try {
      settings = new ReportSettings(tier23Flag, schoolsInChart, servicesInChart);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    String html;
    try {
      html = HtmlReport.build(in, settings);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(e.getFile() + ": not found; --in must be an output "
          + "directory of screen");
    }
    ReplacedFile.write(out, stream -> stream.write(html.getBytes(StandardCharsets.UTF_8)));
    spec.commandLine().getOut().printf("wrote %s (%d kB)%n", out, html.length() / 1024);
    return 0;
  }

}
