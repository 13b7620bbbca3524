package io.github.mtss.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Policy;
import org.junit.jupiter.api.Test;

/**
 * The policy's values are compiled into the default screening rules in place of their policy
 * reads, line for line, and only where the rule uses the policy for nothing else.
 */
class PolicyConstantsTest {
  private static final Policy POLICY = Policy.builder().attendanceRiskBelow(0.875)
      .schoolLanguage("es").build();

  @Test
  void aRuleThatOnlyReadsPolicyValuesTestsTheStudentAloneOnTheSameLines() {
    String rule = """
        rule "Chronic absence"
        when
            $p : Policy()
            $s : Student( attendanceRate < $p.attendanceRiskBelow,
                          homeLanguage != $p.schoolLanguage )
        then
            insert( $s );
        end
        """;
    String inlined = PolicyConstants.inline(rule, POLICY);
    assertThat(inlined).doesNotContain("$p").contains("attendanceRate < 0.875,")
        .contains("homeLanguage != \"es\"");
    assertThat(inlined.lines()).hasSameSizeAs(rule.lines().toList());
  }

  @Test
  void aRuleWhoseConsequenceUsesThePolicyKeepsItsJoin() {
    String rule = """
        rule "Screener below benchmark"
        when
            $p : Policy()
            $s : Student( lowestPercentile < $p.screenerRiskBelow )
        then
            for ( Object f : screenerLevels( $s, $p ) ) { insert( f ); }
        end
        """;
    assertThat(PolicyConstants.inline(rule, POLICY)).isEqualTo(rule);
  }

  @Test
  void aRuleWordWhenInARuleNameIsNotTakenForItsConditions() {
    String rule = """
        rule "Service does not run when the family is available"
        when
            $p : Policy()
            $s : Student( schoolMoves >= $p.mobilitySchoolMoves )
        then
        end
        """;
    assertThat(PolicyConstants.inline(rule, POLICY))
        .startsWith("rule \"Service does not run when the family is available\"")
        .contains("schoolMoves >= " + POLICY.mobilitySchoolMoves() + " )");
  }

  @Test
  void anUnknownPolicyPropertyIsLeftForTheCompilerToReport() {
    String rule = "rule \"X\"\nwhen\n    $p : Policy()\n    Student( gpa < $p.noSuchKey )\n"
        + "then\nend\n";
    assertThat(PolicyConstants.inline(rule, POLICY)).isEqualTo(rule);
  }
}
