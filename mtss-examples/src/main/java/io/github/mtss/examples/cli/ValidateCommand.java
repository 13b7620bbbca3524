package io.github.mtss.examples.cli;

import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.PolicyFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mtss validate}: compiles the rules and reads the policy, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Compiles the rule set and reads the policy file, reporting every problem as "
        + "file:line:column: message. Writes nothing.",
        "Exit 0 with a one-line summary when both are usable, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {
  @Mixin
  private EngineOptions engineOptions;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    MtssEngine engine = engineOptions.engine();
    spec.commandLine().getOut().printf("ok: %d rule file(s), rule set %s, policy with %d keys%n",
        engine.ruleSet().files().size(), engine.ruleSet().version(),
        PolicyFiles.toMap(engine.policy()).size());
    return 0;
  }
}
