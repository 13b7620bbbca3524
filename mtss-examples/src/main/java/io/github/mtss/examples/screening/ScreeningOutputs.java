package io.github.mtss.examples.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mtss.core.Availability;
import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Disproportionality;
import io.github.mtss.core.FamilyPlan;
import io.github.mtss.core.RiskRatio;
import io.github.mtss.core.Tier;
import io.github.mtss.core.Domain;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.examples.io.CsvOutput;
import io.github.mtss.examples.io.OutputDirectory;
import io.github.mtss.examples.io.RejectedRow;
import io.github.mtss.examples.io.TierRecordsCsv;
import io.github.mtss.rules.PolicyFiles;
import io.github.mtss.rules.RuleSetIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the files of a screening (tiers.csv, rejects.csv, summary.json) into an output
 * directory, all or none, in the columns of {@code shared/formats.md}.
 */
public final class ScreeningOutputs {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ScreeningOutputs() {}

  /** Writes every output file of the run into {@code directory}. */
  public static void write(ScreeningRun run, Path directory) throws IOException {
    try (OutputDirectory out = OutputDirectory.open(directory)) {
      writeTiers(run, out.file("tiers.csv"));
      RejectedRow.write(out.file("rejects.csv"), run.rejects());
      writeFamilyPlans(run, out.file("family.csv"));
      TierRecordsCsv.writeHistory(out.file("tier_history.csv"), run.history());
      if (run.allocation() != null) {
        MatchingOutputs.write(run, run.allocation(), out);
      }
      JSON.writeValue(out.file("summary.json").toFile(), summaryJson(run));
      out.commit();
    }
  }

  private static void writeTiers(ScreeningRun run, Path file) throws IOException {
    try (CsvOutput csv = CsvOutput.create(file, "student_id", "school_id", "grade_level", "tier",
        "attendance", "behavior", "coursework", "flags", "reasons", "screened_tier",
        "tier_source", "note")) {
      for (int i = 0; i < run.decisions().size(); i++) {
        TierDecision d = run.decisions().get(i);
        TierPlacement placed = run.placements().get(i);
        csv.row(d.studentId(), d.schoolId(), d.grade().label(), placed.tier().number(),
            d.level(Domain.ATTENDANCE).id(), d.level(Domain.BEHAVIOR).id(),
            d.level(Domain.COURSEWORK).id(),
            d.flags().stream().map(ContextFlag::id).collect(Collectors.joining(";")),
            CsvOutput.list(d.reasons()), d.tier().number(), placed.source().id(),
            placed.note());
      }
    }
  }

  private static void writeFamilyPlans(ScreeningRun run, Path file) throws IOException {
    try (CsvOutput csv = CsvOutput.create(file, "student_id", "language", "contact_windows",
        "plain_language", "actions")) {
      for (TierDecision d : run.decisions()) {
        FamilyPlan plan = d.familyPlan();
        csv.row(d.studentId(), plan.language() == null ? "" : plan.language(),
            plan.contactWindows().stream().map(Availability::id).collect(Collectors.joining(";")),
            plan.plainLanguage(), CsvOutput.list(plan.actions()));
      }
    }
  }


  /** Returns the risk ratios of every subgroup of every demographic column present. */
  static List<Map<String, Object>> disproportionality(ScreeningRun run) {
    List<Disproportionality.Subject> subjects = new ArrayList<>();
    for (int i = 0; i < run.decisions().size(); i++) {
      Map<String, String> values = run.demographics()
          .getOrDefault(run.decisions().get(i).studentId(), Map.of());
      Tier tier = run.placements().get(i).tier();
      subjects.add(new Disproportionality.Subject() {
        @Override
        public String value(String column) {
          return values.get(column);
        }

        @Override
        public Tier tier() {
          return tier;
        }
      });
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RiskRatio r : Disproportionality.of(run.demographicColumns(), subjects,
        run.engine().policy())) {
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
      rows.add(row);
    }
    return rows;
  }

  /** Returns the content of summary.json as ordered maps. */
  static Map<String, Object> summaryJson(ScreeningRun run) {
    ScreeningSummary summary = run.summary();
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("students_file", run.studentsFile());
    input.put("rows_read", run.rowsRead());
    input.put("rows_screened", run.decisions().size());
    input.put("rows_rejected", run.rowsRejected());
    json.put("input", input);
    json.put("tiers", summary.tiers());
    json.put("tiers_by_school", summary.tiersBySchool());
    json.put("indicators", summary.indicators());
    json.put("flags", summary.flags());
    if (run.allocation() != null) {
      json.putAll(MatchingOutputs.summary(run, run.allocation()));
    }
    json.put("disproportionality", disproportionality(run));
    RuleSetIdentity rules = run.engine().ruleSet();
    Map<String, Object> ruleSet = new LinkedHashMap<>();
    ruleSet.put("version", rules.version());
    ruleSet.put("sha256", rules.sha256());
    ruleSet.put("files", rules.files());
    ruleSet.put("active_rules", rules.activeRules());
    ruleSet.put("replaced", rules.replaced());
    ruleSet.put("disabled", rules.disabled());
    json.put("rule_set", ruleSet);
    json.put("policy", PolicyFiles.toMap(run.engine().policy()));
    json.put("threads", run.threads());
    json.put("run_time_ms", run.elapsedMillis());
    return json;
  }
}
