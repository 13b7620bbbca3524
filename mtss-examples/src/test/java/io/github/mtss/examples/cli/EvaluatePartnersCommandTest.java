package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate → screen → generate --next-period → screen → evaluate-partners, as a coordinator runs
 * them: the evaluation recovers the effect planted in the second period, and finds none where
 * none was planted.
 */
class EvaluatePartnersCommandTest {
  private static final String STUDENTS = "12000";
  private static final String SEED = "11";
  @TempDir static Path dir;

  @BeforeAll
  static void twoPeriods() throws IOException {
    run("generate", "--students", STUDENTS, "--seed", SEED, "--out", path("district"));
    run("screen", "--students", path("district/students.csv"), "--partners",
        path("district/partners.csv"), "--out", path("first"));
    Files.writeString(dir.resolve("no-effect.yaml"), "next_period:\n  served_effect: 0\n");
    for (String period : List.of("effect", "no-effect")) {
      List<String> args = new java.util.ArrayList<>(List.of("generate", "--next-period",
          "--from", path("first"), "--students", STUDENTS, "--seed", SEED, "--out",
          path(period)));
      if (period.equals("no-effect")) {
        args.addAll(List.of("--parameters", path("no-effect.yaml")));
      }
      run(args.toArray(String[]::new));
      run("screen", "--students", path(period + "/students.csv"), "--out",
          path(period + "-screen"));
      run("evaluate-partners", "--before", path("first"), "--after", path(period + "-screen"),
          "--out", path(period + "-evaluation"));
    }
  }

  @Test
  void theEvaluationRecoversThePlantedEffectOnTheTier() throws IOException {
    double planted = plantedTierEffect();
    JsonNode all = row("effect", "all", "tier");

    assertThat(planted).as("the planted effect, served students' tier with it minus without")
        .isLessThan(-0.1);
    assertThat(all.path("difference").asDouble()).as("recovered %s against planted %s", all, planted)
        .isNegative().isBetween(planted * 2, planted / 2);
    assertThat(all.path("high").asDouble()).as("the interval excludes no change").isNegative();
    assertThat(all.path("served_n").asInt()).isGreaterThan(300);
  }

  @Test
  void withoutAPlantedEffectTheIntervalHoldsNoDifference() throws IOException {
    JsonNode all = row("no-effect", "all", "tier");
    assertThat(all.path("low").asDouble()).as("%s", all).isNegative();
    assertThat(all.path("high").asDouble()).isPositive();
  }

  @Test
  void everyServiceAndPartnerHasARowPerMeasureLabelledDescriptive() throws IOException {
    List<String> csv = Files.readAllLines(dir.resolve("effect-evaluation/partner-evaluation.csv"));
    assertThat(csv.get(0)).startsWith("scope,id,partner_id,needs,students_served,seats_used,"
        + "seats_offered,measure,served_n");
    assertThat(csv.subList(1, csv.size())).allMatch(l -> l.endsWith(",\"descriptive, not causal\"")
        || l.endsWith(",descriptive, not causal"));
    Set<String> services = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("first/recommendations.csv")).subList(1,
        Files.readAllLines(dir.resolve("first/recommendations.csv")).size())) {
      services.add(line.split(",")[2]);
    }
    assertThat(csv).filteredOn(l -> l.startsWith("service,")).hasSize(4 * services.size());
    assertThat(csv).anyMatch(l -> l.startsWith("partner,"));
    JsonNode json = evaluation("effect");
    assertThat(json.path("label").asText()).startsWith("descriptive, not causal");
    assertThat(json.path("missing_after")).isEmpty();
  }

  @Test
  void aSecondPeriodFromAnotherDistrictsScreenIsRefused() {
    CliRunner result = CliRunner.run("generate", "--next-period", "--from", path("first"),
        "--students", STUDENTS, "--seed", "12", "--out", path("wrong"));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).containsPattern("tiers.csv:\\d+: expected student S\\d+ \\(school "
        + "E\\d+, grade \\w+\\), found S\\d+ \\(school E\\d+, grade \\w+\\)")
        .contains(
        "give the --seed, --students, --schools and --parameters of the first period");
    assertThat(dir.resolve("wrong")).doesNotExist();
  }

  @Test
  void aDirectoryThatIsNotAScreenIsRefusedNamingTheFile() {
    CliRunner result = CliRunner.run("evaluate-partners", "--before", path("district"),
        "--after", path("effect-screen"), "--out", path("bad"));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("recommendations.csv").doesNotContain("Exception");
  }

  @Test
  void theReportShowsTheEvaluationBesideTheScreen() throws IOException {
    Path screen = dir.resolve("report-screen");
    run("screen", "--students", path("effect/students.csv"), "--out", screen.toString());
    Files.copy(dir.resolve("effect-evaluation/partner-evaluation.json"),
        screen.resolve("partner-evaluation.json"));
    run("report", "--in", screen.toString(), "--out", path("report.html"));
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("<section id=\"partner-evaluation\"><h2>Partner evaluation "
        + "(descriptive, not causal)</h2>", "\"partnerEvaluation\":[{\"scope\":\"all\"");
  }

  /** Returns the mean over served students of their tier with the effect minus without it. */
  private static double plantedTierEffect() throws IOException {
    Set<String> served = new HashSet<>();
    List<String> seats = Files.readAllLines(dir.resolve("first/recommendations.csv"));
    seats.subList(1, seats.size()).forEach(l -> served.add(l.split(",")[0]));
    Map<String, Integer> with = tiers("effect-screen", served);
    Map<String, Integer> without = tiers("no-effect-screen", served);
    return served.stream().mapToInt(s -> with.get(s) - without.get(s)).average().orElseThrow();
  }

  private static Map<String, Integer> tiers(String screen, Set<String> students)
      throws IOException {
    Map<String, Integer> tiers = new HashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve(screen + "/tiers.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      if (students.contains(cells[0])) {
        tiers.put(cells[0], Integer.parseInt(cells[3]));
      }
    }
    return tiers;
  }

  private static JsonNode row(String period, String scope, String measure) throws IOException {
    for (JsonNode row : evaluation(period).path("rows")) {
      if (row.path("scope").asText().equals(scope) && row.path("measure").asText()
          .equals(measure)) {
        return row;
      }
    }
    throw new AssertionError("no row " + scope + " " + measure);
  }

  private static JsonNode evaluation(String period) throws IOException {
    return new ObjectMapper().readTree(dir.resolve(period
        + "-evaluation/partner-evaluation.json").toFile());
  }

  private static void run(String... args) {
    CliRunner result = CliRunner.run(args);
    assertThat(result.exitCode()).as("%s: %s", String.join(" ", args), result.err()).isZero();
  }

  private static String path(String name) {
    return dir.resolve(name).toString();
  }
}
