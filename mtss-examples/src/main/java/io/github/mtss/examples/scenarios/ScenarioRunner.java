package io.github.mtss.examples.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Need;
import io.github.mtss.core.Problem;
import io.github.mtss.core.Student;
import io.github.mtss.core.StudentValidator;
import io.github.mtss.core.TierDecision;
import io.github.mtss.batch.CsvRow;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads a scenario file and checks each scenario against an engine. */
public final class ScenarioRunner {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ScenarioRunner() {}

  /**
   * The outcome of one scenario.
   *
   * @param scenario the scenario
   * @param differences what differs from the expectation, empty when it passed
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
   * @throws InputFileException naming the file, line and column of the first problem
   */
  public static List<Scenario> read(Path file) throws InputFileException {
    try {
      return List.of(YAML.readValue(file.toFile(), Scenario[].class));
    } catch (JsonMappingException e) {
      JsonLocation where = e.getLocation();
      throw new InputFileException(file + ":" + (where == null ? 0 : where.getLineNr()) + ":"
          + (where == null ? 0 : where.getColumnNr()) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputFileException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Screens every scenario's student and compares the decision with the expectation.
   *
   * @throws InputFileException when a scenario's student has invalid values
   */
  public static List<Outcome> run(MtssEngine engine, String fileName, List<Scenario> scenarios)
      throws InputFileException {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      Student student = student(fileName, i + 1, scenario);
      outcomes.add(new Outcome(scenario, compare(scenario.expect(), engine.screen(student))));
    }
    return outcomes;
  }

  private static Student student(String fileName, int number, Scenario scenario)
      throws InputFileException {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("student_id", "scenario-" + number);
    cells.put("school_id", "scenario");
    scenario.student().forEach((column, value) -> cells.put(column, cellText(value)));
    CsvRow row = CsvRow.of(cells, number);
    Student student = StudentCsv.toStudent(row);
    List<Problem> problems = new ArrayList<>(row.problems());
    if (student != null) {
      problems.addAll(new StudentValidator().validate(student));
    }
    if (student == null || !problems.isEmpty()) {
      throw new InputFileException(fileName + ": scenario \"" + scenario.name() + "\": "
          + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
    return student;
  }

  private static String cellText(@Nullable Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }
    return value == null ? "" : String.valueOf(value);
  }

  private static List<String> compare(Scenario.Expectation expected, TierDecision actual) {
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
      List<String> missing = expected.reasons().stream()
          .filter(reason -> !actual.reasons().contains(reason)).toList();
      if (!missing.isEmpty()) {
        differences.add("reasons: expected " + missing + " to fire; fired " + actual.reasons());
      }
    }
    return differences;
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
