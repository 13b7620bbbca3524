package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * An engine's own policy is compiled into its default screening rules, any other policy is read
 * as a fact by the rules as written: both decide the same, for any policy and student.
 */
class PolicyCompiledInProperties {
  private static final List<Student> STUDENTS = TestStudents.random(400);
  private static MtssEngine asWritten;
  /** A compiled-rule cache makes the engine compile its policy into the rules. */
  private static Path cache;

  @BeforeContainer
  static void compile() throws IOException {
    asWritten = MtssEngine.builder().build();
    cache = Files.createTempDirectory("mtss-policy-rules");
  }

  @AfterContainer
  static void removeCache() throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  @Property(tries = 4)
  void aPolicyCompiledIntoTheRulesDecidesAsThePolicyReadAsAFact(
      @ForAll("policies") Policy policy) {
    MtssEngine compiledIn = MtssEngine.builder().policy(policy).compiledRuleCache(cache).build();

    assertThat(compiledIn.screen(STUDENTS))
        .isEqualTo(asWritten.withPolicy(policy).screen(STUDENTS));
    assertThat(compiledIn.withPolicy(Policy.defaults()).screen(STUDENTS))
        .isEqualTo(asWritten.screen(STUDENTS));
  }

  @Provide
  Arbitrary<Policy> policies() {
    return Combinators.combine(
        Arbitraries.doubles().between(0.85, 0.97).ofScale(3),
        Arbitraries.integers().between(1, 4),
        Arbitraries.doubles().between(1.5, 2.5).ofScale(2),
        Arbitraries.doubles().between(20, 40).ofScale(1),
        Arbitraries.integers().between(2, 3),
        Arbitraries.of("en", "es", "vi"))
        .as((attendance, incidents, gpa, percentile, domains, language) -> Policy.builder()
            .attendanceRiskBelow(attendance).attendanceSevereBelow(attendance - 0.1)
            .behaviorRiskMinorIncidents(incidents)
            .middleRiskGpaBelow(gpa).middleSevereGpaBelow(gpa - 0.5)
            .highRiskGpaBelow(gpa).highSevereGpaBelow(gpa - 0.5)
            .screenerRiskBelow(percentile).screenerSevereBelow(percentile / 2)
            .tier3RiskDomains(domains)
            .schoolLanguage(language)
            .build());
  }
}
