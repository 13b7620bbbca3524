package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Level;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** District rule packs: adding, replacing and disabling rules, and locating their errors. */
class RulePackTest {
  @TempDir Path pack;

  private static Student chronicallyAbsent(Grade grade) {
    return Student.builder().studentId("s1").schoolId("A").grade(grade)
        .daysEnrolled(100).daysAbsent(12.0).incidentsMinor(0).gpa(3.0).build();
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(pack.resolve(name), content);
  }

  @Test
  void aBrokenRuleFileIsReportedWithFileLineAndColumn() throws IOException {
    write("broken.drl", """
        package district.broken;

        import io.github.mtss.core.Student;

        rule "Typo in a field"
            ruleflow-group "indicators"
        when
            $s : Student( attendanceRat < 0.5 )
        then
        end
        """);
    assertThatThrownBy(() -> MtssEngine.builder().rulePack(pack).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.messages()).hasSize(1);
          RuleMessage message = e.messages().get(0);
          assertThat(message.file()).isEqualTo(pack.resolve("broken.drl").toString());
          assertThat(message.line()).isEqualTo(8);
          assertThat(message.column()).isEqualTo(19);
          assertThat(message.message()).contains("attendanceRat");
        });
  }

  @Test
  void anUnknownVariableInAConsequenceIsLocatedInTheRuleFile() throws IOException {
    write("a.drl", """
        package district.a;
        import io.github.mtss.core.Student;
        rule "Unknown variable"
            ruleflow-group "needs"
        when
            $s : Student()
        then
            insert( nothing );
        end
        """);
    assertThatThrownBy(() -> MtssEngine.builder().rulePack(pack).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.messages())
            .singleElement().hasToString(pack.resolve("a.drl")
                + ":8:13: in a rule's consequence: nothing cannot be resolved to a variable"));
  }

  @Test
  void aSyntaxErrorIsLocated() throws IOException {
    write("b.drl", """
        package district.b;
        import io.github.mtss.core.Student;
        rule "Unclosed pattern"
        when
            $s : Student(
        then
        end
        """);
    assertThatThrownBy(() -> MtssEngine.builder().rulePack(pack).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.messages())
            .singleElement().satisfies(m -> {
              assertThat(m.file()).isEqualTo(pack.resolve("b.drl").toString());
              assertThat(m.line()).isEqualTo(7);
              assertThat(m.column()).isEqualTo(1);
            }));
  }

  @Test
  void aBadDecisionTableCellIsLocatedAtItsRowAndColumn() throws Exception {
    Path table = Path.of(getClass().getResource("/packs/table/attendance-by-grade-band.drl.csv")
        .toURI());
    write("bands.drl.csv", Files.readString(table).replace(",0,5,0.88,", ",0,5,abc,"));
    assertThatThrownBy(() -> MtssEngine.builder().rulePack(pack).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.messages())
            .singleElement().satisfies(m -> {
              assertThat(m.file()).endsWith("bands.drl.csv");
              assertThat(m.line()).as("the row of the K-5 band").isEqualTo(10);
              assertThat(m.column()).as("the cell holding abc").isEqualTo(52);
            }));
  }

  @Test
  void aRuleMustNameAKnownPhase() throws IOException {
    write("phaseless.drl", """
        package district.p;
        import io.github.mtss.core.Student;

        rule "No phase"
        when
            Student()
        then
        end

        rule "Misspelt phase"
            ruleflow-group "tier"
        when
            Student()
        then
        end
        """);
    assertThatThrownBy(() -> MtssEngine.builder().rulePack(pack).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.messages())
            .extracting(RuleMessage::toString)
            .containsExactlyInAnyOrder(
                pack.resolve("phaseless.drl") + ":4:1: rule \"No phase\" names no phase; add "
                    + "ruleflow-group with one of indicators, tiers, needs, eligibility, family, progress",
                pack.resolve("phaseless.drl") + ":10:1: rule \"Misspelt phase\" names unknown "
                    + "phase 'tier'; add ruleflow-group with one of indicators, tiers, needs, "
                    + "eligibility, family, progress"));
  }

  @Test
  void aPackRuleWithADefaultRulesNameReplacesIt() throws IOException {
    write("stricter.drl", """
        package district.strict;
        import io.github.mtss.core.*;
        rule "Chronic absence"
            ruleflow-group "indicators"
        when
            $s : Student( attendanceRate != null, attendanceRate < 0.95,
                          attendanceRate >= 0.80 )
        then
            insert( IndicatorLevel.of( $s.studentId(), Domain.ATTENDANCE, Level.SEVERE ) );
        end
        """);
    MtssEngine engine = MtssEngine.builder().rulePack(pack).build();
    TierDecision decision = engine.screen(chronicallyAbsent(Grade.G7));

    assertThat(engine.ruleSet().replaced()).containsExactly("Chronic absence");
    assertThat(decision.level(Domain.ATTENDANCE)).as("only the pack's version fired")
        .isEqualTo(Level.SEVERE);
    assertThat(decision.tier()).isEqualTo(Tier.TIER_3);
  }

  @Test
  void aDisabledRuleNeverFires() throws IOException {
    write("pack.yaml", "disable:\n  - \"Chronic absence\"\n");
    MtssEngine engine = MtssEngine.builder().rulePack(pack).build();
    TierDecision decision = engine.screen(chronicallyAbsent(Grade.G7));

    assertThat(engine.ruleSet().disabled()).containsExactly("Chronic absence");
    assertThat(decision.level(Domain.ATTENDANCE)).isEqualTo(Level.NONE);
    assertThat(decision.reasons()).doesNotContain("Chronic absence");
    assertThat(engine.ruleSet().activeRules())
        .isEqualTo(MtssEngine.builder().build().ruleSet().activeRules() - 1);
  }

  @Test
  void disablingAnUnknownRuleIsAnErrorAtItsLine() throws IOException {
    write("pack.yaml", "name: test\ndisable:\n  - \"Chronic absense\"\n");
    assertThatThrownBy(() -> MtssEngine.builder().rulePack(pack).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.messages())
            .singleElement().hasToString(pack.resolve("pack.yaml")
                + ":3:5: cannot disable \"Chronic absense\": there is no default rule of that name"));
  }

  @Test
  void aPackCanAddARule() throws IOException {
    write("retained.drl", """
        package district.extra;
        import io.github.mtss.core.*;
        rule "Retained and failing -> Tier 3"
            ruleflow-group "tiers"
        when
            $s : Student( retained == true )
            exists IndicatorLevel( studentId == $s.studentId, domain == Domain.COURSEWORK )
        then
            insert( TierProposal.of( $s.studentId(), Tier.TIER_3 ) );
        end
        """);
    MtssEngine engine = MtssEngine.builder().rulePack(pack).build();
    Student retainedFailing = Student.builder().studentId("r").schoolId("A").grade(Grade.G10)
        .retained(true).failingOther(1).gpa(2.5).build();

    assertThat(engine.screen(retainedFailing).tier()).isEqualTo(Tier.TIER_3);
    assertThat(engine.screen(retainedFailing).reasons())
        .contains("Retained and failing -> Tier 3");
  }

  @Test
  void rulesThatLoopAreStoppedByTheFiringLimitNamingTheRule() throws IOException {
    write("loop.drl", """
        package district.loop;
        import io.github.mtss.core.Student;
        rule "Keeps updating"
            ruleflow-group "indicators"
        when
            $s : Student()
        then
            update( $s );
        end
        """);
    MtssEngine engine = MtssEngine.builder().rulePack(pack)
        .policy(Policy.builder().maxFiringsPerStudent(200).build()).build();

    assertThatThrownBy(() -> engine.screen(chronicallyAbsent(Grade.G7)))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("max_firings_per_student")
        .hasMessageContaining("\"Keeps updating\" fired");
  }

  @Test
  void aMissingPackDirectoryIsAnError() {
    assertThatThrownBy(() -> MtssEngine.builder().rulePack(pack.resolve("nope")).build())
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("not a directory of rule files");
  }
}
