package io.github.mtss.batch;

import com.google.common.io.Resources;
import io.github.mtss.core.Availability;
import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.FamilyPlan;
import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.core.Service;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.core.allocation.SeatRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a screening's CSV files exactly as the CSV sink writes them (cells formatted and
 * neutralised by {@link CsvOutput#format}, without the line break): each file's columns, and the
 * row of one student in tiers.csv and family.csv, of one seat in recommendations.csv, of one
 * need left without a seat in unmet.csv and of one problem in rejects.csv. For a sink of your own
 * that writes the files somewhere else or in pieces, such as a Spark job, whose files must equal
 * {@code mtss screen}'s.
 */
public final class ScreeningRows {
  /** The columns of tiers.csv. */
  public static final List<String> TIERS_COLUMNS = List.of("student_id", "school_id",
      "grade_level", "tier", "attendance", "behavior", "coursework", "flags", "reasons",
      "screened_tier", "tier_source", "note");
  /** The columns of family.csv. */
  public static final List<String> FAMILY_COLUMNS = List.of("student_id", "language",
      "contact_windows", "plain_language", "actions", "reasons");
  /** The columns of recommendations.csv. */
  public static final List<String> RECOMMENDATIONS_COLUMNS = List.of("student_id", "need",
      "service_id", "partner_id", "priority", "reason");
  /** The columns of unmet.csv. */
  public static final List<String> UNMET_COLUMNS = List.of("student_id", "need", "cause",
      "suggested_partner_types");
  /** The columns of rejects.csv. */
  public static final List<String> REJECTS_COLUMNS = List.of("line", "student_id", "column",
      "problem", "file", "id", "value");

  private static final String PARTNER_TYPES =
      "/io/github/mtss/batch/internal/need-partner-types.csv";
  private static final Map<Need, String> SUGGESTED = suggestedPartnerTypes();

  private ScreeningRows() {}

  /** Returns the header row of a file with {@code columns}. */
  public static String header(List<String> columns) {
    return CsvOutput.format(columns.toArray());
  }

  /** Returns a student's row of tiers.csv: the screened decision and the tier it is placed in. */
  public static String tiers(TierDecision d, TierPlacement placed) {
    return CsvOutput.format(d.studentId(), d.schoolId(), d.grade().label(),
        placed.tier().number(), d.level(Domain.ATTENDANCE).id(), d.level(Domain.BEHAVIOR).id(),
        d.level(Domain.COURSEWORK).id(),
        CsvOutput.list(d.flags(), ContextFlag::id),
        CsvOutput.list(d.reasons()), d.tier().number(), placed.source().id(), placed.note());
  }

  /** Returns a student's row of family.csv. */
  public static String family(TierDecision d) {
    FamilyPlan plan = d.familyPlan();
    return CsvOutput.format(d.studentId(), plan.language() == null ? "" : plan.language(),
        CsvOutput.list(plan.contactWindows(), Availability::id),
        plan.plainLanguage(), CsvOutput.list(plan.actions()), CsvOutput.list(d.familyRules()));
  }

  /**
   * Returns the row of recommendations.csv of a request that got a seat of {@code service}.
   *
   * @param tier the student's screened tier
   * @param level the severity of the indicator behind the need
   */
  public static String recommendation(SeatRequest seat, Service service, Tier tier,
      Level level) {
    return CsvOutput.format(seat.studentId(), seat.need().id(), service.id(),
        service.partner().id(), seat.priority(), "tier " + tier.number() + ", " + level.id()
            + " indicator; " + seat.eligibleServices().size() + " fitting service(s)");
  }

  /**
   * Returns the row of unmet.csv of a request left without a seat, with the kinds of partner
   * that typically meet its need (from the data table {@code need-partner-types.csv}).
   */
  public static String unmet(SeatRequest seat, UnmetCause cause) {
    return CsvOutput.format(seat.studentId(), seat.need().id(), cause.id(),
        SUGGESTED.getOrDefault(seat.need(), ""));
  }

  /** Returns the row of rejects.csv of one problem. */
  public static String reject(RejectedRow r) {
    return CsvOutput.format(r.line(), r.studentId(), r.column(), r.problem(), r.file(), r.id(),
        r.value());
  }

  private static Map<Need, String> suggestedPartnerTypes() {
    try (InputStream in = Resources.getResource(ScreeningRows.class, PARTNER_TYPES)
        .openStream()) {
      CsvInput.Result<Map.Entry<Need, String>> table = new CsvInput<Map.Entry<Need, String>>(
          PARTNER_TYPES, List.of("need", "partner_types"),
          row -> Map.entry(Need.parse(row.required("need")), row.required("partner_types")))
          .read(in);
      if (!table.rejects().isEmpty()) {
        throw new IllegalStateException("bad row in " + PARTNER_TYPES + ": " + table.rejects());
      }
      Map<Need, String> suggested = new EnumMap<>(Need.class);
      table.rows().forEach(row -> suggested.put(row.value().getKey(), row.value().getValue()));
      return suggested;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputFileException e) {
      throw new IllegalStateException(e);
    }
  }
}
