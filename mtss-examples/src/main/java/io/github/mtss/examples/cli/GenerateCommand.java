package io.github.mtss.examples.cli;

import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.examples.research.DistrictGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mtss generate}: writes a reproducible synthetic district. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic district (students.csv, partners.csv) whose distributions "
        + "follow published figures (docs/generator.md). The same seed gives byte-identical "
        + "files; rows are streamed, so millions of students need little memory."},
    footer = {"  mtss generate --students 100000 --seed 7 --out district",
        "  mtss generate --students 2000 --schools 4 --out small"})
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--students", required = true, paramLabel = "N", description = "Number of students to write (0 or more).")
  private long students;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Random seed (default 1).")
  private long seed;

  @Option(names = "--schools", paramLabel = "K",
      description = "Schools (default: one per 500 students, at least 3).")
  private @Nullable Integer schools;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory for students.csv and partners.csv, replaced whole.")
  private Path out;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (students < 0 || (schools != null && schools < 3)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--students must be 0 or more and --schools at least 3");
    }
    DistrictGenerator generator = new DistrictGenerator(seed,
        schools == null ? DistrictGenerator.defaultSchools(students) : schools);
    try (OutputDirectory dir = OutputDirectory.open(out,
        List.of("students.csv", "partners.csv"));
        TerminalProgress progress = TerminalProgress.of("generating", students)) {
      generator.writeStudents(dir.file("students.csv"), students, progress);
      generator.writePartners(dir.file("partners.csv"), students);
      dir.commit();
    }
    spec.commandLine().getOut().printf("wrote %d students and their partners to %s (seed %d)%n",
        students, out, seed);
    return 0;
  }
}
