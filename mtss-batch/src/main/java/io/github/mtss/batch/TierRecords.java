package io.github.mtss.batch;

import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierOverride;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.core.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a screen needs besides the students to place them in tiers: the overrides in force, the
 * tier history so far, the tiers of running plans, and the day of the screen. These records are
 * held in memory (they are indexed by student); the students are not. Thread-safe once built.
 */
public final class TierRecords {
  private final Map<String, List<TierOverride>> overrides;
  private final List<CsvInput.Row<TierOverride>> overrideRows;
  private final String overridesFile;
  private final List<TierHistoryEntry> history;
  private final Map<String, TierHistoryEntry> latest = new HashMap<>();
  private final Map<String, Tier> activePlanTiers;
  private final LocalDate day;
  private final List<RejectedRow> rejects;

  /**
   * Creates the records of one screen.
   *
   * @param overrides people's tier decisions
   * @param history the tier history so far
   * @param activePlanTiers the tier of each student's running plan, by student id
   * @param day the day of the screen
   * @param rejects rows of these files that were rejected
   */
  public TierRecords(List<TierOverride> overrides, List<TierHistoryEntry> history,
      Map<String, Tier> activePlanTiers, LocalDate day, List<RejectedRow> rejects) {
    this(overrides, List.of(), "", history, activePlanTiers, day, rejects);
  }

  private TierRecords(List<TierOverride> overrides, List<CsvInput.Row<TierOverride>> overrideRows,
      String overridesFile, List<TierHistoryEntry> history, Map<String, Tier> activePlanTiers,
      LocalDate day, List<RejectedRow> rejects) {
    this.overrides = overrides.stream().collect(Collectors.groupingBy(TierOverride::studentId));
    this.overrideRows = List.copyOf(overrideRows);
    this.overridesFile = overridesFile;
    this.history = history.stream().sorted(Comparator.comparing(TierHistoryEntry::studentId)
        .thenComparing(TierHistoryEntry::day)).toList();
    for (TierHistoryEntry entry : history) {
      latest.merge(entry.studentId(), entry, (a, b) -> a.day().isAfter(b.day()) ? a : b);
    }
    this.activePlanTiers = Map.copyOf(activePlanTiers);
    this.day = day;
    this.rejects = List.copyOf(rejects);
  }

  /**
   * Creates the records of one screen with the overrides of a file, so that no override is
   * dropped unsaid: one decided after the day of the screen is rejected here (it cannot apply),
   * and one for a student the screen never sees is rejected by
   * {@link #overridesOfUnknownStudents}.
   *
   * @param overrides the overrides file as read (its rejects are not added: they are the
   *     caller's, in {@code rejects} with those of the other files)
   * @param history the tier history so far
   * @param activePlanTiers the tier of each student's running plan, by student id
   * @param day the day of the screen
   * @param rejects rows of these files that were rejected
   */
  public static TierRecords of(CsvInput.Result<TierOverride> overrides,
      List<TierHistoryEntry> history, Map<String, Tier> activePlanTiers, LocalDate day,
      List<RejectedRow> rejects) {
    List<CsvInput.Row<TierOverride>> decided = new ArrayList<>();
    List<RejectedRow> all = new ArrayList<>(rejects);
    for (CsvInput.Row<TierOverride> row : overrides.rows()) {
      TierOverride override = row.value();
      if (override.decidedOn().isAfter(day)) {
        all.add(reject(row, overrides.fileName(), Problem.of("decided_on",
            override.decidedOn().toString(), "after the day of the screen (" + day
                + "); the override is not used")));
      } else {
        decided.add(row);
      }
    }
    return new TierRecords(decided.stream().map(CsvInput.Row::value).toList(), decided,
        overrides.fileName(), history, activePlanTiers, day, all);
  }

  /** Whether a student has an override (a screen notes the overridden students it sees). */
  public boolean hasOverride(String studentId) {
    return overrides.containsKey(studentId);
  }

  /**
   * Returns the rejects of the overrides of a file (see {@link #of}) whose student is not
   * among {@code screened}, the overridden students a screen saw: they were never used.
   */
  public List<RejectedRow> overridesOfUnknownStudents(Set<String> screened) {
    return overrideRows.stream().filter(row -> !screened.contains(row.value().studentId()))
        .map(row -> reject(row, overridesFile, Problem.of("student_id", row.value().studentId(),
            "no student of this id was screened; the override is not used")))
        .toList();
  }

  private static RejectedRow reject(CsvInput.Row<TierOverride> row, String file,
      Problem problem) {
    String student = row.value().studentId();
    return RejectedRow.of(row.line(), student, student, problem, file);
  }

  /** Returns records with no overrides, history or plans. */
  public static TierRecords none(LocalDate day) {
    return new TierRecords(List.of(), List.of(), Map.of(), day, List.of());
  }

  /** Returns the day of the screen. */
  public LocalDate day() {
    return day;
  }

  /** Returns the rejected rows of the overrides, history and plans files. */
  public List<RejectedRow> rejects() {
    return rejects;
  }

  /** Returns the history so far, sorted by student, then day (stable for equal days). */
  public List<TierHistoryEntry> history() {
    return history;
  }

  /** Places one screened student. */
  public TierPlacement place(TierDecision decision) {
    return TierPlacement.place(decision,
        overrides.getOrDefault(decision.studentId(), List.of()),
        activePlanTiers.get(decision.studentId()), day);
  }

  /**
   * Returns the history entry this screen adds for a placement, or {@code null} when the
   * student's last entry already records the same placement.
   */
  public @Nullable TierHistoryEntry newEntry(TierPlacement placement) {
    TierHistoryEntry last = latest.get(placement.studentId());
    return last != null && last.samePlacementAs(placement)
        ? null : TierHistoryEntry.of(placement, day);
  }
}
