package io.github.mtss.examples.screening;

import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierOverride;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.examples.io.RejectedRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a screen needs besides the students to place them in tiers: the overrides in force, the
 * tier history so far, the tiers of running plans, and the day of the screen.
 *
 * @param overrides people's tier decisions
 * @param history the tier history so far
 * @param activePlanTiers the tier of each student's running plan, by student id
 * @param day the day of the screen
 * @param rejects rows of these files that were rejected
 */
public record TierRecords(List<TierOverride> overrides, List<TierHistoryEntry> history,
    Map<String, Tier> activePlanTiers, LocalDate day, List<RejectedRow> rejects) {

  /** Returns records with no overrides, history or plans. */
  public static TierRecords none(LocalDate day) {
    return new TierRecords(List.of(), List.of(), Map.of(), day, List.of());
  }

  /** Places every screened student, in the decisions' order. */
  public List<TierPlacement> place(List<TierDecision> decisions) {
    Map<String, List<TierOverride>> byStudent = overrides.stream()
        .collect(Collectors.groupingBy(TierOverride::studentId));
    return decisions.stream()
        .map(d -> TierPlacement.place(d, byStudent.getOrDefault(d.studentId(), List.of()),
            activePlanTiers.get(d.studentId()), day))
        .toList();
  }

  /**
   * Returns the history with today's placements added where they differ from the student's last
   * entry, sorted by student and day.
   */
  public List<TierHistoryEntry> extendHistory(List<TierPlacement> placements) {
    Map<String, TierHistoryEntry> latest = new HashMap<>();
    for (TierHistoryEntry entry : history) {
      latest.merge(entry.studentId(), entry,
          (a, b) -> a.day().isAfter(b.day()) ? a : b);
    }
    List<TierHistoryEntry> extended = new ArrayList<>(history);
    for (TierPlacement placement : placements) {
      TierHistoryEntry last = latest.get(placement.studentId());
      if (last == null || !last.samePlacementAs(placement)) {
        extended.add(TierHistoryEntry.of(placement, day));
      }
    }
    extended.sort(Comparator.comparing(TierHistoryEntry::studentId)
        .thenComparing(TierHistoryEntry::day));
    return extended;
  }
}
