package io.github.mtss.examples.cli;

import io.github.mtss.examples.io.CsvWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --xlsx[=FILE]} of a command that writes CSV files into {@code --out}: also one Excel
 * workbook of them, a sheet per file ({@link CsvWorkbook}), beside the directory as
 * {@code OUT.xlsx} unless FILE names another {@code .xlsx} file outside it.
 */
final class XlsxOptions {
  private static final String SUFFIX = ".xlsx";

  @Option(names = "--xlsx", arity = "0..1", fallbackValue = "", paramLabel = "FILE",
      description = "Also writes the output directory's CSV files as one Excel workbook, a sheet "
          + "per file (header frozen, filters, tiers coloured, formulas never run): FILE, or "
          + "OUT.xlsx beside the output directory (--out results gives results.xlsx).")
  private @Nullable String xlsx;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  private CommandLine.Model.CommandSpec spec;

  /**
   * Refuses, before the command writes anything, a workbook that is not a {@code .xlsx} file, or
   * lies inside the output directory (which is replaced whole), or without an output directory.
   */
  void check(@Nullable Path out) {
    if (xlsx == null) {
      return;
    }
    if (out == null) {
      throw refused("--xlsx writes the CSV files of --out: give --out too");
    }
    Path workbook = workbook(out);
    if (!workbook.getFileName().toString().endsWith(SUFFIX)) {
      throw refused("--xlsx " + xlsx + ": the workbook's name must end in " + SUFFIX);
    }
    if (workbook.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize())) {
      throw refused("--xlsx " + xlsx + " lies inside --out " + out + ", which is replaced whole; "
          + "put the workbook beside it");
    }
  }

  /** Writes the workbook of the output directory's CSV files, when asked, and says so. */
  void write(Path out) throws IOException {
    if (xlsx != null) {
      Path workbook = workbook(out);
      List<Path> sheets = CsvWorkbook.write(out, workbook);
      spec.commandLine().getOut().printf("wrote %s (%d sheets)%n", workbook, sheets.size());
    }
  }

  private Path workbook(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    return xlsx == null || xlsx.isEmpty()
        ? absolute.resolveSibling(absolute.getFileName() + SUFFIX) : Path.of(xlsx);
  }

  private CommandLine.ParameterException refused(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
