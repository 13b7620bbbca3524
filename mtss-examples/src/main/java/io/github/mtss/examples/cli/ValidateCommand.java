package io.github.mtss.examples.cli;

import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.RuleSetIdentity;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mtss validate}: compiles the rules and reads the policy, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Compiles the rule set and reads the policy file, reporting every problem as "
        + "file:line:column: message. Writes nothing.",
        "Exit 0 with a summary (rules replaced, added and disabled) when both are usable, 2 "
        + "otherwise. A pack rule named close to a default rule is warned of: a misspelt "
        + "replacement adds a rule instead."},
    footer = {"  mtss validate --rules my-district --policy my-district/policy.yaml",
        "  mtss validate --policy policy.yaml",
        "      checks a policy file against the default rules"})
final class ValidateCommand implements Callable<Integer> {
  @Mixin
  private EngineOptions engineOptions;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    MtssEngine engine = engineOptions.engine();
    RuleSetIdentity rules = engine.ruleSet();
    spec.commandLine().getOut().printf(
        "ok: %d rule file(s), %d rules active, %d replaced%s, %d added%s, %d disabled%s; "
            + "rule set %s; %s%n",
        rules.files().size(), rules.activeRules(), rules.replaced().size(),
        listed(rules.replaced()), rules.added().size(), listed(rules.added()),
        rules.disabled().size(), listed(rules.disabled()),
        rules.version(), engineOptions.policyFile == null ? "default policy"
            : "policy " + engineOptions.policyFile);
    return 0;
  }

  private static String listed(List<String> names) {
    return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
  }
}
