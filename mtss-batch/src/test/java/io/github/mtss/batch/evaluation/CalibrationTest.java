package io.github.mtss.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.core.Policy;
import io.github.mtss.core.evaluation.ConfusionCounts;
import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.PolicyFileException;
import io.github.mtss.rules.PolicyFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration search: never worse on what it saw, and only policies that pass the checks. */
class CalibrationTest {
  private static MtssEngine engine;
  private static Roster roster;

  @BeforeAll
  static void compile() {
    engine = MtssEngine.builder().build();
    roster = Roster.latentRisk(800, 21);
  }

  private static Calibration calibrate(CalibrationTarget target, Flag flag) {
    return Evaluation.builder(engine).calibrate(target).calibrationFlag(flag).build()
        .run(roster.students, roster.outcomes).calibration();
  }

  @Test
  void neverWorseThanTheGivenPolicyOnTheTrainingFolds() {
    Map<CalibrationTarget, Flag> cases = Map.of(CalibrationTarget.maxFlagged(0.15),
        Flag.TIER_2_OR_3, CalibrationTarget.maxFlagged(0.40), Flag.TIER_3,
        CalibrationTarget.minRecall(0.6), Flag.TIER_3, CalibrationTarget.minRecall(0.95),
        Flag.TIER_2_OR_3);
    cases.forEach((target, flag) -> {
      Calibration calibration = calibrate(target, flag);
      assertThat(calibration.table()).hasSize(11);
      calibration.table().stream().filter(f -> !f.set().equals("held_out")).forEach(f ->
          assertThat(notWorse(target, f.after(), f.before()))
              .as("%s %s fold %d: %s after %s", target, flag.id(), f.fold(), f.after(),
                  f.before()).isTrue());
    });
  }

  @Test
  void aLooseFlaggedShareBuysRecallAndEveryRowOfTheTableCountsItsStudents() {
    Calibration calibration = calibrate(CalibrationTarget.maxFlagged(0.5), Flag.TIER_3);
    FoldComparison all = calibration.table().get(10);

    assertThat(all.fold()).isZero();
    assertThat(all.set()).isEqualTo("all");
    assertThat(all.after().flaggedOutcomes()).isGreaterThan(all.before().flaggedOutcomes());
    assertThat((double) all.after().flagged() / all.after().students()).isLessThanOrEqualTo(0.5);
    assertThat(calibration.after()).isNotEqualTo(calibration.before());
    long heldOut = calibration.table().stream().filter(f -> f.set().equals("held_out"))
        .mapToLong(f -> f.before().students()).sum();
    assertThat(heldOut).isEqualTo(800);
  }

  @Test
  void theWrittenPolicyFileReadsBackAsTheProposedPolicy(@TempDir Path dir) throws Exception {
    EvaluationResult result = Evaluation.builder(engine)
        .calibrate(CalibrationTarget.minRecall(0.7)).build()
        .run(roster.students, roster.outcomes);

    EvaluationFiles.write(result, dir.resolve("out"));

    Path file = dir.resolve("out").resolve(EvaluationFiles.POLICY);
    assertThat(PolicyFiles.load(file)).isEqualTo(result.calibration().after());
    assertThat(Files.readString(file)).startsWith("# Calibrated by mtss evaluate --calibrate: "
        + "min_recall 0.7 for flag tier>=2.");
  }

  @Test
  void combinationsThePolicyRefusesAreNeverProposed() throws Exception {
    // every severe cut-point above the risk one: refused by the policy's checks, never tried
    Calibration calibration = calibrateOn("attendance_severe_below: [0.95, 0.99]",
        CalibrationTarget.maxFlagged(1.0));

    assertThat(calibration.after()).isEqualTo(Policy.defaults());
    assertThat(calibration.policiesRefused()).isPositive();
    assertThat(calibration.policiesScreened()).isEqualTo(1);
  }

  @Test
  void aBoundNoPolicyOfTheGridReachesIsSaidAndTheNearestIsProposed() throws Exception {
    Calibration calibration = calibrateOn("attendance_risk_below: [0.85, 0.95]",
        CalibrationTarget.maxFlagged(0.01));

    assertThat(calibration.targetMet()).isFalse();
    assertThat(calibration.onEveryStudent().after().flagged())
        .isLessThan(calibration.onEveryStudent().before().flagged());
    assertThat(calibration.after().attendanceRiskBelow()).isEqualTo(0.85);
  }

  @Test
  void theDefaultGridIsDocumentedData() {
    CalibrationGrid grid = CalibrationGrid.defaults();

    assertThat(grid.passes()).isEqualTo(2);
    assertThat(grid.cutPoints()).containsKeys("attendance_risk_below",
        "behavior_risk_minor_incidents", "middle_risk_gpa_below", "screener_risk_below");
    grid.cutPoints().forEach((key, values) -> assertThat(PolicyFiles.keys()).containsKey(key));
  }

  @Test
  void aBrokenGridNamesFileLineAndColumn() {
    assertThatThrownBy(() -> CalibrationGrid.read("my-grid.yaml", stream(
        "passes: 1\ncut_points:\n  attendance_risk_below: [0.9, 1.5]\n  gpa_cut: [2]\n"
            + "  behavior_risk_minor_incidents: [1.5]\n")))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> assertThat(e.messages())
            .extracting(m -> m.line() + ":" + m.message())
            .containsExactly("3:'attendance_risk_below' must be from 0.0 to 1.0, found 1.5",
                "4:'gpa_cut' is not a numeric policy key",
                "5:'behavior_risk_minor_incidents' takes whole numbers, found '1.5'"));
  }

  /** Whether {@code a} is at least as good as {@code b} for the target. */
  private static boolean notWorse(CalibrationTarget target, ConfusionCounts a,
      ConfusionCounts b) {
    double shareA = (double) a.flagged() / a.students();
    double shareB = (double) b.flagged() / b.students();
    double recallA = (double) a.flaggedOutcomes() / a.outcomes();
    double recallB = (double) b.flaggedOutcomes() / b.outcomes();
    boolean max = target.kind() == CalibrationTarget.Kind.MAX_FLAGGED;
    boolean meetsA = max ? shareA <= target.bound() : recallA >= target.bound();
    boolean meetsB = max ? shareB <= target.bound() : recallB >= target.bound();
    if (meetsA != meetsB) {
      return meetsA;
    }
    if (!meetsA) {
      return max ? shareA <= shareB : recallA >= recallB;
    }
    return max ? recallA >= recallB : shareA <= shareB;
  }

  /** Calibrates on a grid of one key, given as its YAML line. */
  private static Calibration calibrateOn(String gridLine, CalibrationTarget target)
      throws Exception {
    CalibrationGrid grid = CalibrationGrid.read("grid.yaml", stream("cut_points:\n  "
        + gridLine + "\n"));
    return Evaluation.builder(engine).grid(grid).calibrate(target).build()
        .run(roster.students, roster.outcomes).calibration();
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
