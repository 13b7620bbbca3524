package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Partner utilisation: every service in a table, fullest first (seats, used, share, and the
 * unmet demand in its category), with charts of the fullest and the least-used services. A
 * service without a seat limit (an empty capacity) shows "no limit" and is not charted.
 */
public final class Partners implements ReportSection {
  private static final String NO_LIMIT = "no limit";

  /** One service's seats; {@code seats} null when it has no limit. */
  private record Service(String id, String partner, String type, String category,
      @Nullable Long seats, long used) {
    double share() {
      return seats == null ? -1 : Html.shareOf(used, seats);
    }
  }

  @Override
  public Optional<Part> render(ReportRun run) throws IOException {
    JsonNode byService = run.summary().path("partner_utilisation");
    if (!byService.isObject()) {
      return Optional.empty();
    }
    List<Service> services = services(byService);
    UnmetDemand unmet = run.unmet();
    Html.Table table = new Html.Table("service", "partner", "partner type", "category", "seats#",
        "used#", "share used#", "unmet in its category#");
    for (Service s : services) {
      table.row(false).text(s.id()).text(s.partner()).text(Labels.of(s.type()))
          .text(Labels.of(s.category())).number(s.seats() == null ? NO_LIMIT
              : Html.count(s.seats())).count(s.used())
          .number(s.seats() == null ? NO_LIMIT : Html.share(s.share()))
          .count(unmet.count(s.category()));
    }
    List<Service> limited = services.stream().filter(s -> s.seats() != null && s.seats() > 0)
        .toList();
    List<Chart> charts = charts(limited, run.settings().servicesInChart());
    StringBuilder html = new StringBuilder(Html.paragraph(services.size() + " services, "
        + "fullest first. Unmet in its category counts the needs of the service's category "
        + "that no service met."));
    charts.forEach(chart -> html.append(chart.canvas()));
    html.append(table.html());
    return Optional.of(new Part(Html.section("partners", "Partner utilisation", html.toString()),
        charts));
  }

  private static List<Service> services(JsonNode byService) {
    List<Service> services = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = byService.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode s = entry.getValue();
      services.add(new Service(entry.getKey(), s.path("partner_id").asText(),
          s.path("partner_type").asText(), s.path("category").asText(), seats(s.path("seats")),
          s.path("used").asLong()));
    }
    services.sort(Comparator.comparingDouble(Service::share).reversed()
        .thenComparing(Comparator.comparingLong(Service::used).reversed())
        .thenComparing(Service::id));
    return services;
  }

  /** Returns the seats, or null for a service without a limit (no number, or no finite one). */
  private static @Nullable Long seats(JsonNode seats) {
    return !seats.canConvertToLong() || seats.asLong() < 0 || seats.asLong() >= Integer.MAX_VALUE
        ? null : seats.asLong();
  }

  private static List<Chart> charts(List<Service> limited, int shown) {
    if (limited.isEmpty()) {
      return List.of();
    }
    if (limited.size() <= 2 * shown) {
      return List.of(chart("chartPartners", "Every service", limited));
    }
    return List.of(chart("chartPartners", "The " + shown + " fullest services",
            limited.subList(0, shown)),
        chart("chartPartnersLeastUsed", "The " + shown + " least-used services",
            limited.subList(limited.size() - shown, limited.size())));
  }

  private static Chart chart(String id, String title, List<Service> services) {
    return Chart.bars(id, title + ": seats and seats used").horizontal()
        .categories("Service", services.stream().map(s -> s.id() + " (" + Labels.of(s.category())
            + ")").toList())
        .values("Seats")
        .series("Seats", "#bab0ac", services.stream().map(Service::seats).toList())
        .series("Used", "#4c78a8", services.stream().map(Service::used).toList());
  }
}
