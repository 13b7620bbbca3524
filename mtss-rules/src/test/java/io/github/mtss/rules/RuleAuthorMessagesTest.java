package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.core.Policy;
import io.github.mtss.rules.internal.PolicyTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's common slips are said plainly, with file:line:column: a misspelt field, a
 * missing {@code end}, a misspelt replacement rule, a misspelt policy key, a mis-indented line.
 */
class RuleAuthorMessagesTest {
  @TempDir Path pack;

  private RuleMessage onlyError(String file, String drl) throws IOException {
    Files.writeString(pack.resolve(file), drl);
    try {
      MtssEngine.builder().rulePack(pack).build();
    } catch (RulePackException e) {
      assertThat(e.messages()).hasSize(1);
      return e.messages().get(0);
    }
    throw new AssertionError("the rule pack compiled");
  }

  private static PolicyFileException policyError(String yaml) {
    try {
      PolicyFiles.read("p.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    } catch (PolicyFileException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the policy was read");
  }

  @Test
  void aMisspeltFieldSuggestsTheFieldMeant() throws IOException {
    RuleMessage error = onlyError("typo.drl", """
        package district.typo;
        import io.github.mtss.core.Student;
        rule "Many minor incidents"
            ruleflow-group "indicators"
        when
            $s : Student( incidentMinor > 2 )
        then
        end
        """);
    assertThat(error.line()).isEqualTo(6);
    assertThat(error.message()).startsWith("'incidentMinor' is not a field of the facts rules "
        + "match; did you mean 'incidentsMinor'?");
  }

  @Test
  void aMissingEndSaysSoAndNamesTheRule() throws IOException {
    RuleMessage error = onlyError("noend.drl", """
        package district.noend;
        import io.github.mtss.core.Student;
        rule "Many minor incidents"
            ruleflow-group "indicators"
        when
            $s : Student( incidentsMinor > 2 )
        then
        """);
    assertThat(error.file()).endsWith("noend.drl");
    assertThat(error.line()).isEqualTo(8);
    assertThat(error.message()).isEqualTo("the file ends inside rule \"Many minor incidents\": "
        + "its 'end' is missing (every rule closes with a line that says end)")
        .doesNotContain("ERR", "mismatched", "<eof>");
  }

  @Test
  void aRuleNamedCloseToADefaultIsAddedWithAWarningAtItsDeclaration() throws IOException {
    Files.writeString(pack.resolve("absence.drl"), """
        package district.absence;
        import io.github.mtss.core.*;

        rule "Chronic absense"
            ruleflow-group "indicators"
        when
            $s : Student( attendanceRate != null, attendanceRate < 0.85 )
        then
        end

        rule "Reading tutoring waitlist"
            ruleflow-group "needs"
        when
            $s : Student( readingPercentile != null, readingPercentile < 5 )
        then
        end
        """);
    RuleSetIdentity rules = MtssEngine.builder().rulePack(pack).build().ruleSet();

    assertThat(rules.replaced()).isEmpty();
    assertThat(rules.added()).containsExactly("Chronic absense", "Reading tutoring waitlist");
    assertThat(rules.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.file()).endsWith("absence.drl");
      assertThat(warning.line()).isEqualTo(4);
      assertThat(warning.message()).contains("\"Chronic absense\" is added", "\"Chronic absence\"");
    });
  }

  @Test
  void theDefaultRulesAloneAddNothingAndWarnOfNothing() {
    RuleSetIdentity rules = MtssEngine.builder().build().ruleSet();
    assertThat(rules.added()).isEmpty();
    assertThat(rules.warnings()).isEmpty();
  }

  @Test
  void anUnknownPolicyKeySuggestsTheClosestKeyNotTheWholeList() {
    assertThat(policyError("attendence_risk_below: 0.8\n").messages()).singleElement()
        .hasToString("p.yaml:1:1: unknown policy key 'attendence_risk_below'; did you mean "
            + "'attendance_risk_below'?");
    assertThat(policyError("bus_route_minutes: 30\n").messages()).singleElement()
        .satisfies(m -> assertThat(m.message()).doesNotContain("did you mean",
            "attendance_severe_below").contains("mtss rules export"));
  }

  @Test
  void aMisIndentedLineIsOneClearMessageAtItsLine() {
    PolicyFileException e = policyError(
        "attendance_risk_below: 0.88\n  behavior_risk_minor_incidents: 3\n");
    assertThat(e.messages()).singleElement().satisfies(m -> {
      assertThat(m.line()).isEqualTo(2);
      assertThat(m.message()).startsWith("this line is indented differently from the key before "
          + "it").doesNotContain("reader", "mapping values", "must be a number");
    });
  }

  @Test
  void theDocumentedPolicyTemplateLoadsAsTheDefaultsAndDocumentsEveryKey() throws IOException {
    String template = PolicyFiles.template();
    Policy loaded = PolicyFiles.read("policy.yaml",
        new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)));

    assertThat(loaded).isEqualTo(Policy.defaults());
    for (String key : PolicyFiles.keys().keySet()) {
      assertThat(template).as(key).containsPattern("(?m)^# default [^\\n]*\\n" + key + ": ");
    }
    assertThat(PolicyTemplate.meanings().stringPropertyNames()).as("one meaning per key")
        .containsExactlyInAnyOrderElementsOf(PolicyFiles.keys().keySet());
    assertThat(template).doesNotContain("(no description)")
        .contains("# default 0.9; a number from 0 to 1\nattendance_risk_below: 0.9\n",
            "# default 10; a whole number from 1 to 1000000\ndisproportionality_min_group: 10\n");
  }
}
