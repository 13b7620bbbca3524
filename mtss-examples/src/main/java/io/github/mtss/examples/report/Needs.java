package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Needs met and unmet by the partners' services (most unmet first), and the partnership gaps:
 * why needs went unmet and which partner types to recruit. Only for a screen with partners.
 */
public final class Needs implements ReportSection {
  @Override
  public Optional<Part> render(ReportRun run) throws IOException {
    JsonNode needs = run.summary().path("needs");
    if (!needs.isObject()) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    for (Iterator<String> it = needs.fieldNames(); it.hasNext(); ) {
      ids.add(it.next());
    }
    ids.sort(Comparator.comparingLong((String id) -> needs.path(id).path("unmet").asLong())
        .reversed());
    Chart chart = Chart.bars("chartNeeds", "Needs met and unmet by a partner's service")
        .horizontal().stacked().categories("Need", ids.stream().map(Labels::of).toList())
        .values("Students")
        .series("Met", "#4c78a8", ids.stream().map(id -> needs.path(id).path("met").asLong())
            .toList())
        .series("Unmet", "#e45756", ids.stream()
            .map(id -> needs.path(id).path("unmet").asLong()).toList());
    return Optional.of(Part.of(Html.section("needs", "Needs met and unmet", chart.canvas())
        + gaps(run.unmet()), chart));
  }

  private static String gaps(UnmetDemand unmet) {
    Html.Table table = new Html.Table("need", "unmet#", "why", "partner types to recruit");
    for (UnmetDemand.Need need : unmet.needs()) {
      table.row(false).text(Labels.of(need.need())).count(need.count())
          .text(need.causes().entrySet().stream()
              .map(e -> Labels.of(e.getKey()) + " " + Html.count(e.getValue()))
              .collect(Collectors.joining(", ")))
          .text(List.of(need.partnerTypes().split(";")).stream().map(Labels::of)
              .collect(Collectors.joining(", ")));
    }
    return Html.section("gaps", "Partnership gaps", Html.paragraph("Each unmet need, why no "
        + "seat was found (no seat left, no fitting schedule, ...) and the kinds of partner who "
        + "offer such services.") + table.html());
  }
}
