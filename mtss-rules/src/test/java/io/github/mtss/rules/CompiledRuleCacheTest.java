package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compiled-rule cache changes how fast an engine is built, never what it decides: an engine
 * loaded from the cache decides like a freshly compiled one, with a district's policy or pack,
 * and a damaged cache file is ignored and replaced. The default rules with the default policy
 * come compiled with the library and are never written to the cache.
 */
class CompiledRuleCacheTest {
  private static final List<Student> STUDENTS = TestStudents.random(300);
  private static final Policy DISTRICT = Policy.builder().attendanceRiskBelow(0.92).build();

  @TempDir Path cache;
  @TempDir Path pack;

  @Test
  void aCachedRuleSetDecidesLikeACompiledOne() throws IOException {
    MtssEngine compiled = MtssEngine.builder().policy(DISTRICT).build();
    MtssEngine first = MtssEngine.builder().policy(DISTRICT).compiledRuleCache(cache).build();
    Path file = onlyFile();
    Files.setLastModifiedTime(file, FileTime.fromMillis(0));

    MtssEngine loaded = MtssEngine.builder().policy(DISTRICT).compiledRuleCache(cache).build();

    assertThat(Files.getLastModifiedTime(file).toMillis()).as("loaded, not rewritten").isZero();
    assertThat(loaded.screen(STUDENTS)).isEqualTo(compiled.screen(STUDENTS))
        .isEqualTo(first.screen(STUDENTS));
    assertThat(loaded.ruleSet()).isEqualTo(compiled.ruleSet());
  }

  @Test
  void theDefaultRulesWithTheDefaultPolicyComeCompiledAndAreNotCached() throws IOException {
    MtssEngine.builder().compiledRuleCache(cache).build();

    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aPackWithReplacedAndDisabledRulesIsCachedWithItsOwnKey() throws IOException {
    Files.writeString(pack.resolve("pack.yaml"), "disable:\n  - Chronic absence\n");
    Files.writeString(pack.resolve("district.drl"), """
        package district.mine;
        import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
        import io.github.mtss.rules.facts.FlagRaised;
        import io.github.mtss.core.ContextFlag;
        rule "Retained in grade"
            ruleflow-group "indicators"
        when
            $s : Student( retained == true || schoolMoves != null && schoolMoves > 5 )
        then
            insert( FlagRaised.of( $s.studentId(), ContextFlag.RETAINED ) );
        end
        """);
    MtssEngine.builder().policy(DISTRICT).compiledRuleCache(cache).build();
    MtssEngine compiled = MtssEngine.builder().rulePack(pack).build();
    MtssEngine.builder().rulePack(pack).compiledRuleCache(cache).build();
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files).hasSize(2);
    }

    MtssEngine loaded = MtssEngine.builder().rulePack(pack).compiledRuleCache(cache).build();

    assertThat(loaded.ruleSet()).isEqualTo(compiled.ruleSet());
    assertThat(loaded.ruleSet().disabled()).containsExactly("Chronic absence");
    assertThat(loaded.ruleSet().replaced()).containsExactly("Retained in grade");
    assertThat(loaded.screen(STUDENTS)).isEqualTo(compiled.screen(STUDENTS));
  }

  @Test
  void aDamagedCacheFileIsIgnoredAndReplaced() throws IOException {
    MtssEngine.builder().policy(DISTRICT).compiledRuleCache(cache).build();
    Path file = onlyFile();
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1});

    MtssEngine rebuilt = MtssEngine.builder().policy(DISTRICT).compiledRuleCache(cache).build();

    assertThat(rebuilt.screen(STUDENTS))
        .isEqualTo(MtssEngine.builder().policy(DISTRICT).build().screen(STUDENTS));
    assertThat(Files.size(file)).as("replaced by a good file").isGreaterThan(1000);
    assertThat(MtssEngine.builder().policy(DISTRICT).compiledRuleCache(cache).build()
        .screen(STUDENTS)).isEqualTo(rebuilt.screen(STUDENTS));
  }

  private Path onlyFile() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
          .reduce((a, b) -> {
            throw new AssertionError("more than one cache file: " + a + ", " + b);
          }).orElseThrow();
    }
  }
}
