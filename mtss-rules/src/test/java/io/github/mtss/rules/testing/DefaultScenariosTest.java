package io.github.mtss.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.rules.MtssEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The default rules decide every scenario written for them as the scenario expects. */
class DefaultScenariosTest {
  static final String SCENARIOS = "/io/github/mtss/rules/defaults/scenarios.yaml";

  @Test
  void theDefaultRulesPassEveryOneOfTheirScenarios() throws Exception {
    Path file = Path.of(Objects.requireNonNull(getClass().getResource(SCENARIOS)).toURI());
    List<Scenario> scenarios = ScenarioRunner.read(file);

    List<ScenarioRunner.Outcome> outcomes =
        ScenarioRunner.run(MtssEngine.builder().build(), file.toString(), scenarios);

    assertThat(scenarios).hasSizeGreaterThan(10);
    assertThat(outcomes).hasSameSizeAs(scenarios)
        .allSatisfy(outcome -> assertThat(outcome.differences())
            .as(outcome.scenario().name()).isEmpty());
  }
}
