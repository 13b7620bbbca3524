package io.github.mtss.batch.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mtss.core.equity.RiskRatio;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.batch.ScreeningRows;
import io.github.mtss.batch.ScreeningRun;
import io.github.mtss.batch.ScreeningSummary;
import io.github.mtss.rules.PolicyFiles;
import io.github.mtss.rules.RuleSetIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The columns of a screening's files (tiers.csv, family.csv, tier_history.csv, summary.json), as
 * {@code shared/formats.md} specifies them.
 */
final class ScreeningOutputs {
  static final String[] TIERS_COLUMNS = ScreeningRows.TIERS_COLUMNS.toArray(String[]::new);
  static final String[] FAMILY_COLUMNS = ScreeningRows.FAMILY_COLUMNS.toArray(String[]::new);
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ScreeningOutputs() {}

  /** Returns a student's row of tiers.csv. */
  static String tiersRow(TierDecision d, TierPlacement placed) {
    return ScreeningRows.tiers(d, placed);
  }

  /** Returns a student's row of family.csv. */
  static String familyRow(TierDecision d) {
    return ScreeningRows.family(d);
  }

  /**
   * Writes summary.json, with the run's id and the fingerprint of every other file it wrote, by
   * which {@code report} tells a directory of one run from a mix.
   */
  static void writeSummary(ScreeningRun run, Map<String, OutputDirectory.Fingerprint> files,
      Path file) throws IOException {
    Map<String, Object> json = summaryJson(run);
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("id", UUID.randomUUID().toString());
    identity.put("written_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    identity.put("files", files);
    json.put("run", identity);
    JSON.writeValue(file.toFile(), json);
  }

  private static Map<String, Object> summaryJson(ScreeningRun run) {
    ScreeningSummary summary = run.summary();
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("students_file", run.studentsFile());
    input.put("rows_read", run.rowsRead());
    input.put("rows_screened", summary.students());
    input.put("rows_rejected", run.rowsRejected());
    json.put("input", input);
    json.put("tiers", summary.tiers());
    json.put("tiers_by_school", summary.tiersBySchool());
    json.put("indicators", summary.indicators());
    json.put("flags", summary.flags());
    if (run.matching() != null) {
      json.putAll(MatchingOutputs.summary(run.matching(), run.engine().services()));
    }
    json.put("disproportionality", disproportionality(run.riskRatios()));
    RuleSetIdentity rules = run.engine().ruleSet();
    Map<String, Object> ruleSet = new LinkedHashMap<>();
    ruleSet.put("version", rules.version());
    ruleSet.put("sha256", rules.sha256());
    ruleSet.put("files", rules.files());
    ruleSet.put("active_rules", rules.activeRules());
    ruleSet.put("replaced", rules.replaced());
    ruleSet.put("added", rules.added());
    ruleSet.put("disabled", rules.disabled());
    json.put("rule_set", ruleSet);
    json.put("policy", PolicyFiles.toMap(run.engine().policy()));
    json.put("threads", run.threads());
    json.put("run_time_ms", run.elapsedMillis());
    json.put("run_time_ms_by_phase", run.phaseMillis());
    return json;
  }

  private static List<Map<String, Object>> disproportionality(List<RiskRatio> ratios) {
    return ratios.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("column", r.column());
      row.put("group", r.group());
      row.put("outcome", r.outcome());
      row.put("students", r.groupSize());
      row.put("with_outcome", r.groupWithOutcome());
      row.put("others", r.othersSize());
      row.put("others_with_outcome", r.othersWithOutcome());
      row.put("risk_ratio", r.ratio() == null ? null : Math.round(r.ratio() * 1000) / 1000.0);
      row.put("undefined_because", r.undefinedBecause());
      row.put("flagged", r.flagged());
      return row;
    }).toList();
  }
}
