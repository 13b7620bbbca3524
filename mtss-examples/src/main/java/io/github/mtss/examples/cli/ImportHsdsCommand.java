package io.github.mtss.examples.cli;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.interop.hsds.HsdsImport;
import io.github.mtss.interop.hsds.HsdsImportResult;
import io.github.mtss.interop.hsds.HsdsMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mtss import hsds}: a community-services directory (HSDS 3) into partners.csv. */
@Command(name = "hsds", mixinStandardHelpOptions = true,
    description = {"Reads an HSDS 3.x (Open Referral) directory, a tabular data package or API "
        + "JSON, into partners.csv, with import-rejects.csv and import-summary.json beside it "
        + "(docs/hsds.md). HSDS 1.x packages are refused: only 3.x is read."},
    footer = {"  mtss import hsds --in hsds-export --out data/partners.csv",
        "  mtss import hsds --in services.json --supplement agreements.csv --schools schools.csv \\",
        "      --out data/partners.csv"})
final class ImportHsdsCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "DIR|FILE",
      description = "A directory of HSDS CSV tables (services.csv, ...), or an API JSON file "
          + "or directory of /services documents or pages.")
  private Path in;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "Mapping file (YAML) over the shipped defaults: terms to categories and "
          + "partner types, school radius, evening hour, ... (docs/hsds.md).")
  private @Nullable Path mapping;

  @Option(names = "--supplement", paramLabel = "FILE",
      description = "CSV of service_id and partners.csv columns the directory lacks (capacity, "
          + "tiers, serves, partner_type, evidence_level, ...).")
  private @Nullable Path supplement;

  @Option(names = "--schools", paramLabel = "FILE",
      description = "CSV of school_id, latitude, longitude: each service serves the schools "
          + "near its locations; without it every service serves every school (*).")
  private @Nullable Path schools;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The partners.csv to write; the rejects and summary go beside it.")
  private Path out;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InputFileException {
    HsdsImportResult result = HsdsImport.builder()
        .mapping(mapping == null ? HsdsMapping.defaults() : HsdsMapping.read(mapping))
        .supplement(supplement).schools(schools).build().run(in, out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("read %d services (%s): wrote %d partners rows to %s; %d ignored, %d "
            + "rejected%n", result.servicesRead(), result.format(), result.partnersRows(), out,
        result.servicesIgnored(), result.servicesRejected());
    PrintWriter stderr = spec.commandLine().getErr();
    result.warnings().forEach(warning -> stderr.println("warning: " + warning));
    if (result.rejects().isEmpty()) {
      return 0;
    }
    RejectedRow first = result.rejects().get(0);
    stderr.printf("%d problem(s), see %s; first: %s:%d: %s%n", result.rejects().size(),
        HsdsImport.REJECTS, first.file(), first.line(), first.problem());
    return MtssCommand.ROWS_REJECTED;
  }
}
