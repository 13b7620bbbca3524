package io.github.mtss.examples.cli;

import io.github.mtss.batch.MatchingSummary;
import io.github.mtss.batch.ScreeningSummary;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Service;
import java.util.List;
import java.util.Map;

/** Renders a {@link ScreeningSummary} as plain-text tables for a terminal. */
final class SummaryTable {
  private SummaryTable() {}

  /** Returns the tier distribution per school and the indicator prevalence. */
  static String render(ScreeningSummary summary) {
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

  /** Returns needs met and unmet per category with the main cause, and partner utilisation. */
  static String renderMatching(MatchingSummary matching, List<Service> services) {
    StringBuilder out = new StringBuilder(String.format(
        "Partner matching (optimal allocation, priority met %d):%n%-16s %6s %6s  %s%n",
        matching.priorityMet(), "need", "met", "unmet", "main reason unmet"));
    matching.needs().forEach((need, counts) -> out.append(String.format("%-16s %6d %6d  %s%n",
        need.id(), counts.met(), counts.unmet(),
        counts.mainCause() == null ? "" : counts.mainCause().id())));
    long partners = services.stream().map(s -> s.partner().id()).distinct().count();
    int seats = services.stream().mapToInt(s -> s.capacity().orElse(0)).sum();
    int used = seatsUsed(matching, services, false);
    out.append(String.format("%n%d services from %d partners: %d of %d seats used%n",
        services.size(), partners, used, seats));
    long unlimited = services.stream().filter(Service::unlimited).count();
    if (unlimited > 0) {
      out.append(String.format("%d referrals to the %d services with no seat limit%n",
          seatsUsed(matching, services, true), unlimited));
    }
    return out.toString();
  }

  private static int seatsUsed(MatchingSummary matching, List<Service> services,
      boolean unlimited) {
    return services.stream().filter(s -> s.unlimited() == unlimited)
        .mapToInt(s -> matching.seatsUsed().getOrDefault(s.id(), 0)).sum();
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
