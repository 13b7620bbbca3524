package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.examples.research.DistrictGenerator;
import io.github.mtss.examples.research.FirstPeriod;
import io.github.mtss.examples.research.GeneratorParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mtss generate}: writes a reproducible synthetic district, or its second period. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic district (students.csv, outcomes.csv, partners.csv) whose "
        + "indicators share one latent risk, with a few high-need schools (docs/generator.md). "
        + "The same seed gives byte-identical files; rows are streamed, so millions of students "
        + "need little memory.",
        "With --next-period --from DIR, writes the same students' second period (students.csv) "
            + "after the first period's screen in DIR: students served by a partner improve by "
            + "the parameters' served effect."},
    footer = {"  mtss generate --students 100000 --seed 7 --out district",
        "  mtss generate --students 2000 --schools 4 --out small",
        "  mtss generate --next-period --from screened --students 100000 --seed 7 --out period2"})
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--students", required = true, paramLabel = "N", description = "Number of students to write (0 or more).")
  private long students;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Random seed (default 1).")
  private long seed;

  @Option(names = "--schools", paramLabel = "K",
      description = "Schools (default: one per 500 students, at least 3).")
  private @Nullable Integer schools;

  @Option(names = "--parameters", paramLabel = "FILE",
      description = "Generator parameters (YAML); any value it sets replaces the default of "
          + "docs/generator.md.")
  private @Nullable Path parameters;

  @Option(names = "--next-period", description = "Write the second period of the district "
      + "generated with the same --students, --seed, --schools and --parameters.")
  private boolean nextPeriod;

  @Option(names = "--from", paramLabel = "DIR",
      description = "With --next-period: the output directory of the first period's screen.")
  private @Nullable Path from;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory for students.csv, outcomes.csv and partners.csv (with "
      + "--next-period: the second period's students.csv), replaced whole.")
  private Path out;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InputFileException {
    if (students < 0 || (schools != null && schools < 3) || nextPeriod != (from != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--students must be 0 or more, --schools at least 3, and --next-period and --from "
              + "go together");
    }
    GeneratorParameters p = GeneratorParameters.load(parameters);
    DistrictGenerator generator = new DistrictGenerator(seed,
        schools == null ? DistrictGenerator.defaultSchools(students, p) : schools, p);
    if (nextPeriod) {
      writeNextPeriod(generator, from);
    } else {
      try (OutputDirectory dir = OutputDirectory.open(out,
          List.of("students.csv", "outcomes.csv", "partners.csv"));
          TerminalProgress progress = TerminalProgress.of("generating", students)) {
        generator.writeStudents(dir.file("students.csv"), dir.file("outcomes.csv"), students,
            progress);
        generator.writePartners(dir.file("partners.csv"), students);
        dir.commit();
      }
    }
    spec.commandLine().getOut().printf("wrote %d students%s to %s (seed %d)%n", students,
        nextPeriod ? " of the next period" : " and their partners", out, seed);
    return 0;
  }

  private void writeNextPeriod(DistrictGenerator generator, Path screen)
      throws IOException, InputFileException {
    try (OutputDirectory dir = OutputDirectory.open(out, List.of("students.csv"));
        FirstPeriod first = FirstPeriod.open(screen);
        TerminalProgress progress = TerminalProgress.of("generating", students)) {
      generator.writeNextPeriod(dir.file("students.csv"), students, first, progress);
      first.finish();
      dir.commit();
    } catch (FirstPeriod.Mismatch e) {
      throw new InputFileException(e.getMessage(), e);
    }
  }
}
