package io.github.mtss.examples.cli;

import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.examples.research.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
      description = "The HTML file to write, e.g. report.html; replaced if it exists.")
  private Path out;

  @Option(names = "--tier23-flag", defaultValue = "0.20", paramLabel = "SHARE",
      description = "Share of students in Tiers 2-3 above which a school is flagged "
          + "(default 0.20, the 80/15/5 rule of thumb).")
  private double tier23Flag;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (Files.isDirectory(out)) {
      throw new FileAlreadyExistsException(out.toString(), null,
          "is a directory; --out is the report's file");
    }
    String html;
    try {
      html = HtmlReport.build(in, tier23Flag);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(e.getFile() + ": not found; --in must be an output "
          + "directory of screen");
    }
    write(html);
    spec.commandLine().getOut().printf("wrote %s (%d kB)%n", out, html.length() / 1024);
    return 0;
  }

  /**
   * Writes the report beside its destination and renames it into place, leaving no temp file
   * when it fails or the JVM is stopped (SIGTERM).
   */
  private void write(String html) throws IOException {
    Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".report", ".html");
    temp.toFile().deleteOnExit();
    try {
      Files.writeString(temp, html, StandardCharsets.UTF_8);
      OutputDirectory.readableByAll(temp, "rw-r--r--");
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
