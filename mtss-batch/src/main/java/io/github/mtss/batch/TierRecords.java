package io.github.mtss.batch;

import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierOverride;
import io.github.mtss.core.TierPlacement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a screen needs besides the students to place them in tiers: the overrides in force, the
 * tier history so far, the tiers of running plans, and the day of the screen. These records are
 * held in memory (they are indexed by student); the students are not. Thread-safe once built.
 */
public final class TierRecords {
  private final Map<String, List<TierOverride>> overrides;
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
    this.overrides = overrides.stream().collect(Collectors.groupingBy(TierOverride::studentId));
    this.history = history.stream().sorted(Comparator.comparing(TierHistoryEntry::studentId)
        .thenComparing(TierHistoryEntry::day)).toList();
    for (TierHistoryEntry entry : history) {
      latest.merge(entry.studentId(), entry, (a, b) -> a.day().isAfter(b.day()) ? a : b);
    }
    this.activePlanTiers = Map.copyOf(activePlanTiers);
    this.day = day;
    this.rejects = List.copyOf(rejects);
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
