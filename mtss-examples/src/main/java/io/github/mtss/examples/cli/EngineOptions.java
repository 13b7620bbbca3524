package io.github.mtss.examples.cli;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Service;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.PolicyFiles;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that choose the rules and the policy, shared by the commands that screen. */
final class EngineOptions {
  /** The help of {@code --allow-unsafe-rules}, on every command that takes a rule pack. */
  static final String UNSAFE_RULES = "Let the rule pack use System, Runtime, ProcessBuilder, "
      + "files, network, reflection and threads, refused by default; only for a pack reviewed "
      + "like code (see docs/rules.md).";

  @Option(names = "--rules", paramLabel = "DIR",
      description = "A district's rule pack: a directory of *.drl files and decision tables "
          + "(*.drl.csv, *.drl.xls, *.drl.xlsx) added to the default rules; a rule named like "
          + "a default rule replaces it. See docs/rules.md.")
  @Nullable Path rulesDirectory;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "Policy file (YAML or JSON): the cut-points and limits your district sets "
          + "differently from the defaults; 'mtss rules export' writes one with every key.")
  @Nullable Path policyFile;

  @Option(names = "--allow-unsafe-rules", description = UNSAFE_RULES)
  boolean allowUnsafeRules;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  private CommandLine.Model.@Nullable CommandSpec command;

  @Option(names = "--rule-cache", paramLabel = "DIR", defaultValue = "${env:MTSS_RULE_CACHE}",
      description = "Keep compiled rule sets in DIR, so the next run with the same rule pack "
          + "starts about 2 s sooner and a policy of your own is compiled into the default rules "
          + "once (default: the MTSS_RULE_CACHE environment variable; none when unset).")
  @Nullable Path ruleCache;

  /** Loads the policy and compiles the rules; fails before any output is written. */
  MtssEngine engine() {
    return engine(List.of());
  }

  /** Loads the policy and compiles the rules for screening against {@code services}. */
  MtssEngine engine(List<Service> services) {
    Policy policy = policyFile == null ? Policy.defaults() : PolicyFiles.load(policyFile);
    MtssEngine.Builder builder = MtssEngine.builder().policy(policy).services(services)
        .allowUnsafeRules(allowUnsafeRules);
    if (rulesDirectory != null) {
      builder.rulePack(rulesDirectory);
    }
    if (ruleCache != null) {
      builder.compiledRuleCache(ruleCache);
    }
    MtssEngine engine;
    try (TerminalProgress compiling = TerminalProgress.phase("compiling rules")) {
      engine = builder.build();
    }
    if (command != null) {
      engine.ruleSet().warnings().forEach(warning -> command.commandLine().getErr()
          .printf("%s:%d:%d: warning: %s%n", warning.file(), warning.line(), warning.column(),
              warning.message()));
    }
    return engine;
  }
}
