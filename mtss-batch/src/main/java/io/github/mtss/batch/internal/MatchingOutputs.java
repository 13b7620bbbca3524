package io.github.mtss.batch.internal;

import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.core.Service;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.core.allocation.SeatRequest;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.MatchingSummary;
import io.github.mtss.batch.ScreeningRows;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the partner-matching outputs of a screening: {@code recommendations.csv} (one seat per
 * row), {@code unmet.csv} (needs left without a seat, why, and which kinds of partner typically
 * meet them; rows as {@link ScreeningRows} formats them) and the matching part of
 * summary.json (needs met and unmet, seats offered and used per service).
 */
final class MatchingOutputs {
  private MatchingOutputs() {}

  /**
   * Writes recommendations.csv and unmet.csv one request at a time, in the order given, and
   * counts what it writes.
   */
  static final class Writer
      implements SeatPlan.Outcomes<PendingRequest, IOException>, AutoCloseable {
    private final Map<String, Service> services;
    private final CsvOutput recommendations;
    private final CsvOutput unmet;
    private final MatchingCounter counter;

    Writer(List<Service> services, OutputDirectory out) throws IOException {
      this.services = services.stream()
          .collect(Collectors.toMap(Service::id, Function.identity()));
      this.counter = new MatchingCounter(this.services.keySet());
      this.recommendations = CsvOutput.create(out.file("recommendations.csv"),
          ScreeningRows.RECOMMENDATIONS_COLUMNS.toArray(String[]::new));
      this.unmet = CsvOutput.create(out.file("unmet.csv"),
          ScreeningRows.UNMET_COLUMNS.toArray(String[]::new));
    }

    /** Writes a request that got a seat of {@code serviceId}. */
    @Override
    public void met(PendingRequest request, String serviceId) throws IOException {
      SeatRequest seat = request.seat();
      recommendations.formattedRow(ScreeningRows.recommendation(seat, services.get(serviceId),
          request.tier(), request.level()));
      counter.met(seat.need(), serviceId, seat.priority());
    }

    /** Writes a request left without a seat. */
    @Override
    public void unmet(PendingRequest request, UnmetCause cause) throws IOException {
      SeatRequest seat = request.seat();
      unmet.formattedRow(ScreeningRows.unmet(seat, cause));
      counter.unmet(seat.need(), cause);
    }

    MatchingSummary summary() {
      return counter.summary();
    }

    @Override
    public void close() throws IOException {
      try (recommendations; unmet) {
        // both files closed, even when one fails
      }
    }
  }

  /** Returns needs met and unmet, and seats per service, for summary.json. */
  static Map<String, Object> summary(MatchingSummary matching, List<Service> services) {
    Map<String, Object> byNeed = new LinkedHashMap<>();
    matching.needs().forEach((need, counts) -> {
      Map<String, Integer> metUnmet = new LinkedHashMap<>();
      metUnmet.put("met", counts.met());
      metUnmet.put("unmet", counts.unmet());
      byNeed.put(need.id(), metUnmet);
    });
    Map<String, Object> byService = new TreeMap<>();
    for (Service service : services) {
      Map<String, Object> seats = new LinkedHashMap<>();
      seats.put("partner_id", service.partner().id());
      seats.put("partner_type", service.partner().type().id());
      seats.put("category", service.category().id());
      seats.put("seats", service.unlimited() ? null : service.capacity().getAsInt());
      if (service.unlimited()) {
        seats.put("unlimited", true);
      }
      seats.put("used", matching.seatsUsed().get(service.id()));
      byService.put(service.id(), seats);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("needs", byNeed);
    summary.put("partner_utilisation", byService);
    summary.put("priority_met", matching.priorityMet());
    return summary;
  }
}
