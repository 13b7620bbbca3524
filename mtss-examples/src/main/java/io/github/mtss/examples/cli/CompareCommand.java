package io.github.mtss.examples.cli;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.InputFiles;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.examples.research.PolicyComparison;
import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.PolicyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mtss compare}: what changes when the policy or the rules change. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Screens the same students under two policies (or rule packs) and prints how "
        + "many change tier each way, by school and grade, and which rules cause it. With "
        + "--out, also writes changes.csv."},
    footer = {"  mtss compare --students students.csv --policy now.yaml --policy next.yaml",
        "  mtss compare --students students.csv --policy current.yaml",
        "      current.yaml (A) against the default policy (B)",
        "  mtss compare --students students.csv --rules-b my-district --out changes",
        "      the default rules against a district's pack, with changes.csv"})
final class CompareCommand implements Callable<Integer> {
  @Option(names = "--students", required = true, paramLabel = "FILE",
      description = "students.csv: the students both runs screen (columns in docs/formats.md).")
  private Path students;

  @Option(names = "--policy", paramLabel = "FILE", arity = "1",
      description = "A policy file; give it once or twice. Once: this policy (A) against the "
          + "default policy (B). Twice: the first (A) against the second (B).")
  private List<Path> policies = List.of();

  @Option(names = "--rules-a", paramLabel = "DIR", description = "Rule pack directory of run A (default: the default rules).")
  private @Nullable Path rulesA;

  @Option(names = "--rules-b", paramLabel = "DIR", description = "Rule pack directory of run B (default: the default rules).")
  private @Nullable Path rulesB;

  @Option(names = "--allow-unsafe-rules", description = EngineOptions.UNSAFE_RULES)
  private boolean allowUnsafeRules;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory to write changes.csv into (one row per student whose tier "
          + "changes); without it, only the summary is printed.")
  private @Nullable Path out;

  @CommandLine.Mixin
  private XlsxOptions xlsx;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InputFileException, IOException {
    if (policies.size() > 2) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--policy is given " + policies.size() + " times; compare takes at most two: A and B");
    }
    xlsx.check(out);
    MtssEngine a = engine(policies.size() > 0 ? policies.get(0) : null, rulesA);
    MtssEngine b = engine(policies.size() > 1 ? policies.get(1) : null, rulesB);
    CsvInput.Result<Student> read = InputFiles.read(students, StudentCsv::read);
    List<Student> list = read.rows().stream().map(CsvInput.Row::value).toList();
    PolicyComparison comparison = PolicyComparison.of(BatchScreen.builder(a).build().decide(list),
        BatchScreen.builder(b).build().decide(list));
    spec.commandLine().getOut().printf("%d students compared (%d rows rejected)%n%s",
        list.size(), read.rejects().stream().mapToLong(r -> r.line()).distinct().count(),
        comparison.render());
    if (out != null) {
      writeChanges(comparison, out);
      xlsx.write(out);
    }
    return 0;
  }

  private MtssEngine engine(@Nullable Path policy, @Nullable Path rules) {
    MtssEngine.Builder builder = MtssEngine.builder().allowUnsafeRules(allowUnsafeRules)
        .policy(policy == null ? Policy.defaults() : PolicyFiles.load(policy));
    if (rules != null) {
      builder.rulePack(rules);
    }
    return builder.build();
  }

  private static void writeChanges(PolicyComparison comparison, Path directory)
      throws IOException {
    try (OutputDirectory dir = OutputDirectory.open(directory, List.of("changes.csv"))) {
      try (CsvOutput csv = CsvOutput.create(dir.file("changes.csv"), "student_id", "school_id",
          "grade_level", "tier_a", "tier_b", "rules_only_in_a", "rules_only_in_b")) {
        for (PolicyComparison.Change c : comparison.changes()) {
          TierDecision a = c.a();
          csv.row(a.studentId(), a.schoolId(), a.grade().label(), a.tier().number(),
              c.b().tier().number(), CsvOutput.list(c.onlyInA()), CsvOutput.list(c.onlyInB()));
        }
      }
      dir.commit();
    }
  }
}
