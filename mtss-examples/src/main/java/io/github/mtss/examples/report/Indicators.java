package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** How many students are at risk, severe or not evaluated on each indicator domain. */
public final class Indicators implements ReportSection {
  private static final List<String> LEVELS = List.of("risk", "severe", "not_evaluated");
  private static final List<String> COLOURS = List.of("#f2b134", "#d1495b", "#9d9d9d");

  @Override
  public Optional<Part> render(ReportRun run) {
    JsonNode indicators = run.summary().path("indicators");
    List<String> domains = new ArrayList<>();
    for (Iterator<String> it = indicators.fieldNames(); it.hasNext(); ) {
      domains.add(it.next());
    }
    Chart chart = Chart.bars("chartIndicators", "Students at risk on each indicator")
        .categories("Indicator", domains.stream().map(Labels::of).toList()).values("Students");
    for (int i = 0; i < LEVELS.size(); i++) {
      String level = LEVELS.get(i);
      chart.series(Labels.of(level), COLOURS.get(i),
          domains.stream().map(d -> indicators.path(d).path(level).asLong()).toList());
    }
    return Optional.of(Part.of(Html.section("indicators", "Indicators", chart.canvas()), chart));
  }
}
