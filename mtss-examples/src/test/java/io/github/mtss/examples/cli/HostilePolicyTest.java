package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy files a hostile or careless author could write (issue 18, cases 4, 7 and 8): each stops
 * {@code screen} with exit 2 and a message at the offending key's line and column, nothing
 * written.
 */
class HostilePolicyTest {
  @TempDir Path dir;

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of("4: a JSON string of 21M characters", "p.json",
            "{\"school_language\": \"" + "x".repeat(21_000_000) + "\"}", ":1:1:",
            "larger than 1024 KiB"),
        Arguments.of("4: a YAML scalar of 2 MB", "p.yaml", "school_language: "
            + "x".repeat(2_000_000) + "\n", ":1:1:", "larger than 1024 KiB"),
        Arguments.of("7: NaN in JSON", "p.json", "{\"trend_tolerance\": NaN}", ":1:",
            "'NaN' is not a number"),
        Arguments.of("8: 1e999 in JSON", "p.json", "{\n  \"attendance_risk_below\": 1e999\n}",
            ":2:28:", "must be a finite number"),
        Arguments.of("8: .inf in YAML", "p.yaml", "screener_risk_below: .inf\n", ":1:",
            "Malformed numeric value '.inf'"),
        Arguments.of("8: a key twice in YAML", "p.yaml",
            "tier3_risk_domains: 2\ntier3_risk_domains: 3\n", ":2:1:",
            "'tier3_risk_domains' is set twice; first at line 1"),
        Arguments.of("8: a key twice in JSON", "p.json",
            "{\"priority_tier1\": 1,\n \"priority_tier1\": 2}", ":2:2:", "set twice"),
        Arguments.of("8: negative suspension days", "p.yaml",
            "# district\nbehavior_risk_suspension_days: -1\n", ":2:1:",
            "behavior_risk_suspension_days must be from 0 to 365, was -1"),
        Arguments.of("8: a rate above 1", "p.yaml", "attendance_risk_below: 5\n", ":1:1:",
            "attendance_risk_below must be from 0 to 1, was 5"),
        Arguments.of("8: negative screener cut-points", "p.yaml",
            "screener_risk_below: -5\nscreener_severe_below: -10\n", ":1:1:",
            "screener_risk_below must be from 0 to 100, was -5"),
        Arguments.of("8: more risk domains than there are", "p.yaml", "tier3_risk_domains: 99\n",
            ":1:1:", "tier3_risk_domains must be from 1 to 3, was 99"),
        Arguments.of("8: a contradiction at the key that makes it", "p.yaml",
            "attendance_risk_below: 0.9\nattendance_severe_below: 0.95\n", ":2:1:",
            "attendance_severe_below (0.95) must not exceed attendance_risk_below (0.9)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void isRefusedAtItsLocationAndNothingIsWritten(String name, String file, String content,
      String location, String words) throws IOException {
    Path policy = Files.writeString(dir.resolve(file), content);

    CliRunner result = CliRunner.run("screen", "--students",
        "src/test/resources/fixtures/students.csv", "--policy", policy.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).contains(policy + location, words)
        .doesNotContain("JsonReadFeature", "StreamReadConstraints");
    HostileRulePacksTest.assertUserWords(result.err());
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
