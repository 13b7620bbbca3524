package io.github.mtss.examples.cli;

import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.rules.DefaultRuleFiles;
import io.github.mtss.rules.PolicyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mtss rules}: the rule author's commands on the rules themselves. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "The rule author's commands: see the default rules and policy as files to edit.",
    subcommands = RulesCommand.Export.class,
    footer = {"  mtss rules export my-district",
        "      writes the default rules and policy.yaml into my-district"})
final class RulesCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: choose export (mtss rules export DIR)");
  }

  /** {@code mtss rules export DIR}: the default rules and policy as editable files. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Writes the default rules (one .drl file per concern) and policy.yaml "
          + "(every policy key at its default, with its meaning and the values it accepts as "
          + "comments) into DIR, all or none.",
          "Each rule keeps its default's name, so a rule pack holding it replaces the default: "
          + "keep only the rules you change, and only the policy keys you change."},
      footer = {"  mtss rules export my-district",
          "  mtss validate --rules my-district --policy my-district/policy.yaml",
          "      after editing: check the rules and the policy before screening"})
  static final class Export implements Callable<Integer> {
    /** The policy file's name in the exported directory. */
    static final String POLICY = "policy.yaml";

    @Parameters(paramLabel = "DIR", description = "Directory to write: new, empty, or one an "
        + "earlier export wrote; it is replaced whole.")
    private Path directory;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Map<String, String> rules = DefaultRuleFiles.asPack();
      List<String> names = new ArrayList<>(rules.keySet());
      names.add(POLICY);
      try (OutputDirectory out = OutputDirectory.open(directory, names)) {
        for (Map.Entry<String, String> file : rules.entrySet()) {
          Files.writeString(out.file(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(out.file(POLICY), PolicyFiles.template(), StandardCharsets.UTF_8);
        out.commit();
      }
      spec.commandLine().getOut().printf("wrote %d rule files and %s to %s; check your edits "
          + "with: mtss validate --rules %s --policy %s%n", rules.size(), POLICY, directory,
          directory, directory.resolve(POLICY));
      return 0;
    }
  }
}
