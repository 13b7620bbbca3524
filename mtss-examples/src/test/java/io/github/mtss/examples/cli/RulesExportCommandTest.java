package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Policy;
import io.github.mtss.rules.PolicyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mtss rules export}: the default rules and policy as files a rule author edits. */
class RulesExportCommandTest {
  @TempDir Path dir;

  @Test
  void exportWritesEveryDefaultRuleFileAndADocumentedPolicyThatLoadsAsTheDefaults()
      throws IOException {
    Path out = dir.resolve("district");
    CliRunner export = CliRunner.run("rules", "export", out.toString());

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(out.resolve("attendance.drl")).content().contains("package district.defaults;",
        "rule \"Chronic absence\"").doesNotContain("package io.github.mtss.rules.defaults");
    assertThat(out.resolve("tiers.drl")).content()
        .contains("rule \"One domain at risk -> Tier 2\"", "$p.tier3RiskDomains");
    assertThat(PolicyFiles.load(out.resolve("policy.yaml"))).isEqualTo(Policy.defaults());
    assertThat(out.resolve("policy.yaml")).content().contains(
        "# default 2.0; a number from 1 to 100\ndisproportionality_flag_ratio: 2.0");
  }

  @Test
  void theExportedRulesValidateAsAPackThatReplacesTheDefaultsAndAddsNothing() throws IOException {
    Path out = dir.resolve("district");
    CliRunner.run("rules", "export", out.toString());

    CliRunner validate = CliRunner.run("validate", "--rules", out.toString(), "--policy",
        out.resolve("policy.yaml").toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("replaced (", "Chronic absence", "0 added,",
        "0 disabled");
    assertThat(validate.err()).doesNotContain("warning");
  }

  @Test
  void aMisspeltReplacementIsWarnedOfAndListedAsAdded() throws IOException {
    Path pack = Files.createDirectories(dir.resolve("pack"));
    Files.writeString(pack.resolve("absence.drl"), """
        package district.absence;
        import io.github.mtss.core.*;
        rule "Chronic absense"
            ruleflow-group "indicators"
        when
            $s : Student( attendanceRate != null, attendanceRate < 0.85 )
        then
        end
        """);
    CliRunner validate = CliRunner.run("validate", "--rules", pack.toString());

    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("0 replaced, 1 added (Chronic absense)");
    assertThat(validate.err()).contains(pack.resolve("absence.drl") + ":3:1: warning: rule "
        + "\"Chronic absense\" is added beside the default rules", "\"Chronic absence\"");
  }

  @Test
  void exportRefusesADirectoryHoldingOtherFiles() throws IOException {
    Path busy = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(busy.resolve("notes.txt"), "mine");

    CliRunner export = CliRunner.run("rules", "export", busy.toString());
    assertThat(export.exitCode()).isEqualTo(2);
    assertThat(export.err()).startsWith("error: ");
    assertThat(busy.resolve("notes.txt")).hasContent("mine");
  }
}
