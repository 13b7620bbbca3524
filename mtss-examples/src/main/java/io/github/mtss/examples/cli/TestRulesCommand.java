package io.github.mtss.examples.cli;

import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.testing.Scenario;
import io.github.mtss.rules.testing.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mtss test-rules}: checks a rule set against scenarios with expected decisions. */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
    description = {"Screens the students of a scenario file with the rule set and compares each "
        + "decision with the scenario's expectation; prints PASS or FAIL with the differences.",
        "Exit 0 when every scenario passes, 1 when one fails, 2 when a file is unusable."},
    footer = {"  mtss test-rules --rules my-district --scenarios my-district/scenarios.yaml",
        "      proves the district's pack decides what its scenarios expect"})
final class TestRulesCommand implements Callable<Integer> {
  @Option(names = "--scenarios", required = true, paramLabel = "FILE",
      description = "YAML list of scenarios (name, student, expect); see docs/rules.md.")
  private Path scenarios;

  @Mixin
  private EngineOptions engineOptions;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    MtssEngine engine = engineOptions.engine();
    List<ScenarioRunner.Outcome> outcomes = ScenarioRunner.run(engine, scenarios.toString(),
        ScenarioRunner.read(scenarios));
    PrintWriter out = spec.commandLine().getOut();
    long failed = 0;
    for (ScenarioRunner.Outcome outcome : outcomes) {
      Scenario scenario = outcome.scenario();
      if (outcome.passed()) {
        out.printf("PASS  %s%n", scenario.name());
      } else {
        failed++;
        out.printf("FAIL  %s%n", scenario.name());
        outcome.differences().forEach(d -> out.printf("        %s%n", d));
      }
    }
    out.printf("%d passed, %d failed%n", outcomes.size() - failed, failed);
    return failed == 0 ? 0 : MtssCommand.ROWS_REJECTED;
  }
}
