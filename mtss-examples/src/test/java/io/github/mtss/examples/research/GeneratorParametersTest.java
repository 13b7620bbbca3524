package io.github.mtss.examples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.batch.InputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's parameters: documented defaults, a district's own values, clear errors. */
class GeneratorParametersTest {
  @TempDir Path dir;

  @Test
  void theDefaultsAreThoseOfTheDocumentedFile() {
    GeneratorParameters defaults = GeneratorParameters.defaults();
    assertThat(defaults.outcome().baseRate()).isEqualTo(0.13);
    assertThat(defaults.nextPeriod().servedEffect()).isEqualTo(0.5);
    assertThat(defaults.attendance().chronicShare()).containsKeys("elementary", "middle",
        "ninth", "high");
  }

  @Test
  void aValueTheFileSetsReplacesTheDefaultAndTheOthersStay() throws Exception {
    GeneratorParameters own = GeneratorParameters.load(write(
        "attendance:\n  chronic_share: {high: 0.30}\noutcome:\n  base_rate: 0.2\n"));
    assertThat(own.attendance().chronicShare()).containsEntry("high", 0.30)
        .containsEntry("middle", GeneratorParameters.defaults().attendance().chronicShare()
            .get("middle"));
    assertThat(own.outcome().baseRate()).isEqualTo(0.2);
    assertThat(own.outcome().name()).isEqualTo("not_graduated_on_time");
  }

  @Test
  void aShareOutOfRangeNamesTheFileTheParameterAndTheValue() throws IOException {
    Path file = write("behavior:\n  second_major_share: 1.5\n");
    assertThatThrownBy(() -> GeneratorParameters.load(file)).isInstanceOf(
        InputFileException.class).hasMessage(file + ": behavior.second_major_share='1.5': must "
        + "be between 0.0 and 1.0");
  }

  @Test
  void sharesThatDoNotAddUpAreRefused() throws IOException {
    Path file = write("family:\n  home_language: {en: 0.5, es: 0.4}\n");
    assertThatThrownBy(() -> GeneratorParameters.load(file)).hasMessage(file
        + ": family.home_language='0.9000': the shares must add up to 1");
  }

  @Test
  void anUnknownParameterAndBadSyntaxAreNamedWithTheirPlace() throws IOException {
    Path unknown = write("outcome:\n  base_rat: 0.1\n");
    assertThatThrownBy(() -> GeneratorParameters.load(unknown)).hasMessageStartingWith(unknown
        + ": outcome.base_rat: unknown parameter");
    Path broken = write("outcome: [\n");
    assertThatThrownBy(() -> GeneratorParameters.load(broken)).hasMessage(broken
        + ":1:11: while parsing a flow node");
    Path text = write("outcome:\n  base_rate: many\n");
    assertThatThrownBy(() -> GeneratorParameters.load(text)).hasMessageStartingWith(text
        + ": outcome.base_rate: ");
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "parameters", ".yaml"), yaml);
  }
}
