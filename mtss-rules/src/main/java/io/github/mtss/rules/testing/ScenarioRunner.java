package io.github.mtss.rules.testing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Need;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.internal.NameSuggestions;
import io.github.mtss.rules.internal.ParserWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file of {@link Scenario}s and checks each one against an engine: the library's way to
 * prove a rule pack decides what a district expects.
 *
 * <pre>{@code
 * List<ScenarioRunner.Outcome> outcomes = ScenarioRunner.run(engine, file.toString(),
 *     ScenarioRunner.read(file));
 * outcomes.stream().filter(outcome -> !outcome.passed()).forEach(System.out::println);
 * }</pre>
 */
public final class ScenarioRunner {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ScenarioRunner() {}

  /**
   * The outcome of one scenario.
   *
   * @param scenario the scenario
   * @param differences what differs from the expectation, one line each, empty when it passed
   */
  public record Outcome(Scenario scenario, List<String> differences) {
    /** Returns whether the decision met every expectation. */
    public boolean passed() {
      return differences.isEmpty();
    }
  }

  /**
   * Reads a YAML list of scenarios.
   *
   * @throws ScenarioFileException naming the file, line and column of the first problem
   */
  public static List<Scenario> read(Path file) throws ScenarioFileException {
    try {
      return List.of(YAML.readValue(file.toFile(), Scenario[].class));
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int[] at = where == null ? new int[] {0, 0}
          : new int[] {where.getLineNr(), where.getColumnNr()};
      if (ParserWords.isIndentation(e.getOriginalMessage())) {
        at = ParserWords.quotedLocation(e.getOriginalMessage(), at);
      }
      throw new ScenarioFileException(file + ":" + at[0] + ":" + at[1] + ": "
          + ParserWords.of(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new ScenarioFileException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Screens every scenario's student with {@code engine} and compares the decision with the
   * scenario's expectation.
   *
   * @param fileName the name of the scenario file, for messages
   * @return one outcome per scenario, in order
   * @throws ScenarioFileException when a scenario's student has values that cannot be screened
   */
  public static List<Outcome> run(MtssEngine engine, String fileName, List<Scenario> scenarios)
      throws ScenarioFileException {
    Set<String> rules = engine.ruleNames();
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      TierDecision decision = engine.screen(ScenarioStudent.of(fileName, i + 1, scenario));
      outcomes.add(new Outcome(scenario, compare(scenario.expect(), decision, rules)));
    }
    return outcomes;
  }

  private static List<String> compare(Scenario.Expectation expected, TierDecision actual,
      Set<String> rules) {
    List<String> differences = new ArrayList<>();
    check(differences, "tier", expected.tier(), actual.tier().number());
    check(differences, "attendance", expected.attendance(),
        actual.level(Domain.ATTENDANCE).id());
    check(differences, "behavior", expected.behavior(), actual.level(Domain.BEHAVIOR).id());
    check(differences, "coursework", expected.coursework(), actual.level(Domain.COURSEWORK).id());
    checkSet(differences, "flags", expected.flags(),
        actual.flags().stream().map(ContextFlag::id).toList());
    checkSet(differences, "needs", expected.needs(),
        actual.needs().keySet().stream().map(Need::id).toList());
    checkSet(differences, "actions", expected.actions(), actual.familyPlan().actions());
    if (expected.reasons() != null) {
      Set<String> fired = new TreeSet<>(actual.reasons());
      fired.addAll(actual.needRules());
      fired.addAll(actual.familyRules());
      checkReasons(differences, expected.reasons(), fired, rules);
    }
    return differences;
  }

  /**
   * Each expected reason must be a rule of the engine, and must have fired: a rule behind the
   * tier, or a need, eligibility or family rule.
   */
  private static void checkReasons(List<String> differences, List<String> expected,
      Set<String> fired, Set<String> rules) {
    expected.stream().filter(reason -> !rules.contains(reason)).forEach(reason ->
        differences.add("reasons: no rule of the rule set is named \"" + reason + "\""
            + NameSuggestions.closest(reason, rules).map(match -> "; did you mean \"" + match
                + "\"?").orElse("")));
    List<String> missing = expected.stream()
        .filter(reason -> rules.contains(reason) && !fired.contains(reason)).toList();
    if (!missing.isEmpty()) {
      differences.add("reasons: expected " + missing + " to fire; fired " + fired);
    }
  }

  private static void check(List<String> differences, String what, @Nullable Object expected,
      Object actual) {
    if (expected != null && !Objects.equals(String.valueOf(expected), String.valueOf(actual))) {
      differences.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  private static void checkSet(List<String> differences, String what,
      @Nullable List<String> expected, Collection<String> actual) {
    if (expected != null && !new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
      differences.add(what + ": expected " + new TreeSet<>(expected) + ", got "
          + new TreeSet<>(actual));
    }
  }
}
