package io.github.mtss.batch;

import io.github.mtss.core.Tier;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierOverride;
import io.github.mtss.core.TierSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the tier audit trail: {@code overrides.csv} (a person's tier decisions) and
 * {@code tier_history.csv} (every placement over time). Dates are ISO 8601 ({@code 2026-09-15}).
 *
 * <p>overrides.csv: {@code student_id, tier, decided_by, decided_on, reason, expires} (expires
 * optional). tier_history.csv: {@code student_id, date, tier, screened_tier, source, note}; a
 * cell {@link CsvOutput} neutralised is read back without its {@code '}.
 */
public final class TierRecordsCsv {
  /** The columns of tier_history.csv. */
  public static final String[] HISTORY_COLUMNS =
      {"student_id", "date", "tier", "screened_tier", "source", "note"};
  private static final List<String> OVERRIDE_REQUIRED =
      List.of("student_id", "tier", "decided_by", "decided_on", "reason");

  private TierRecordsCsv() {}

  /** Reads an overrides file. */
  public static CsvInput.Result<TierOverride> readOverrides(String fileName, InputStream in)
      throws InputFileException {
    return new CsvInput<TierOverride>(fileName, OVERRIDE_REQUIRED, row -> {
      TierOverride.Builder override = TierOverride.builder()
          .studentId(row.required("student_id"))
          .decidedBy(row.required("decided_by"))
          .reason(row.required("reason"))
          .expires(PlanCsv.date(row, "expires"));
      Tier tier = tier(row, "tier");
      LocalDate decidedOn = PlanCsv.requiredDate(row, "decided_on");
      return row.problems().isEmpty() && tier != null && decidedOn != null
          ? PlanCsv.checked(row, () -> override.tier(tier).decidedOn(decidedOn).build()) : null;
    }).read(in);
  }

  /** Reads a tier history file. */
  public static CsvInput.Result<TierHistoryEntry> readHistory(String fileName, InputStream in)
      throws InputFileException {
    return new CsvInput<TierHistoryEntry>(fileName, List.of(HISTORY_COLUMNS), row -> {
      TierHistoryEntry.Builder entry = TierHistoryEntry.builder()
          .studentId(CsvOutput.restored(row.required("student_id")))
          .note(row.text("note") == null ? "" : CsvOutput.restored(row.text("note")));
      LocalDate day = PlanCsv.requiredDate(row, "date");
      Tier tier = tier(row, "tier");
      Tier screened = tier(row, "screened_tier");
      TierSource source = row.parse("source", "not a tier source", TierSource::parse);
      return row.problems().isEmpty() && day != null && tier != null && screened != null
          && source != null
          ? entry.day(day).tier(tier).screenedTier(screened).source(source).build() : null;
    }).read(in);
  }

  /** Returns an entry's row of tier_history.csv, formatted by {@link CsvOutput#format}. */
  public static String historyRow(TierHistoryEntry e) {
    return CsvOutput.format(e.studentId(), e.day(), e.tier().number(), e.screenedTier().number(),
        e.source().id(), e.note());
  }

  private static @Nullable Tier tier(CsvRow row, String column) {
    return row.parse(column, "not a tier (1, 2 or 3)", text -> Tier.of(Integer.parseInt(text)));
  }
}
