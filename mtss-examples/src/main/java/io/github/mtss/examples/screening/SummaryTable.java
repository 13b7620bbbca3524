package io.github.mtss.examples.screening;

import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import java.util.Map;

/** Renders a {@link ScreeningSummary} as plain-text tables for a terminal. */
public final class SummaryTable {
  private SummaryTable() {}

  /** Returns the tier distribution per school and the indicator prevalence. */
  public static String render(ScreeningSummary summary) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-14s %8s %14s %14s %14s%n",
        "school", "students", "tier 1", "tier 2", "tier 3"));
    summary.tiersBySchool().forEach((school, tiers) -> out.append(tierRow(school, tiers)));
    out.append(tierRow("all schools", summary.tiers()));
    out.append(String.format("%n%-14s %14s %14s %14s %14s%n",
        "indicator", "none", "risk", "severe", "not evaluated"));
    for (Domain domain : Domain.values()) {
      Map<String, Integer> levels = summary.indicators().get(domain.id());
      out.append(String.format("%-14s %14s %14s %14s %14s%n", domain.id(),
          cell(summary, levels.get(Level.NONE.id())),
          cell(summary, levels.get(Level.RISK.id())),
          cell(summary, levels.get(Level.SEVERE.id())),
          cell(summary, levels.get(ScreeningSummary.NOT_EVALUATED))));
    }
    out.append(String.format("%nflags: "));
    summary.flags().forEach((flag, count) -> out.append(flag).append(' ').append(count)
        .append("  "));
    return out.toString().stripTrailing() + System.lineSeparator();
  }

  private static String tierRow(String label, Map<Integer, Integer> tiers) {
    int total = tiers.values().stream().mapToInt(Integer::intValue).sum();
    return String.format("%-14s %8d %14s %14s %14s%n", label, total,
        share(tiers.get(1), total), share(tiers.get(2), total), share(tiers.get(3), total));
  }

  private static String cell(ScreeningSummary summary, int count) {
    return String.format("%d (%.1f%%)", count, summary.percent(count));
  }

  private static String share(int count, int total) {
    return String.format("%d (%.1f%%)", count, total == 0 ? 0.0 : 100.0 * count / total);
  }
}
