package io.github.mtss.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.TestStudents;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;

/**
 * The library ships its default rules compiled for the sources it ships, with the default
 * policy's values in place and as written, and they decide as the same sources compiled now.
 */
class BundledRulesTest {
  private static final List<Student> STUDENTS = TestStudents.random(300);

  @ParameterizedTest(name = "policy values in place: {0}")
  @ValueSource(booleans = {true, false})
  void theBundledRulesAreThoseOfTheShippedSourcesAndDecideAsTheyDoCompiledNow(boolean inline) {
    List<RuleSource> sources = inline
        ? PolicyConstants.inline(DefaultRules.sources(), Policy.defaults())
        : DefaultRules.sources();

    KieBase bundled = BundledRules.load(RuleCompiler.sourcesHash(sources));
    KieBase compiled = RuleCompiler.compileInto(sources, null);

    assertThat(bundled).as("bundled for the sources as shipped").isNotNull();
    assertThat(screen(bundled)).isEqualTo(screen(compiled));
  }

  private static List<TierDecision> screen(KieBase base) {
    return ScreeningSession.screen(base::newKieSession, Policy.defaults(),
        new ServiceCatalogue(List.of()), STUDENTS);
  }
}
