package io.github.mtss.examples.screening;

import com.google.common.io.Resources;
import io.github.mtss.core.Need;
import io.github.mtss.core.SeatAllocation;
import io.github.mtss.core.Service;
import io.github.mtss.core.SeatRequest;
import io.github.mtss.examples.io.CsvInput;
import io.github.mtss.examples.io.CsvOutput;
import io.github.mtss.examples.io.InputFileException;
import io.github.mtss.examples.io.OutputDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the partner-matching outputs of a screening: {@code recommendations.csv} (one seat per
 * row), {@code unmet.csv} (needs left without a seat, why, and which kinds of partner typically
 * meet them, from the data table {@code need-partner-types.csv}) and the matching part of
 * summary.json (needs met and unmet, seats offered and used per service).
 */
final class MatchingOutputs {
  private static final String PARTNER_TYPES = "/io/github/mtss/examples/need-partner-types.csv";
  private static final Map<Need, String> SUGGESTED = suggestedPartnerTypes();

  private MatchingOutputs() {}

  /**
   * Writes recommendations.csv and unmet.csv.
   *
   * @param reason the reason written for a request that got a seat
   */
  static void write(SeatAllocation allocation, Function<SeatRequest, String> reason,
      List<Service> services, OutputDirectory out) throws IOException {
    Map<String, Service> byId = services.stream()
        .collect(Collectors.toMap(Service::id, Function.identity()));
    try (CsvOutput csv = CsvOutput.create(out.file("recommendations.csv"), "student_id", "need",
        "service_id", "partner_id", "priority", "reason")) {
      for (SeatAllocation.Assignment a : allocation.assignments()) {
        csv.row(a.request().studentId(), a.request().need().id(), a.serviceId(),
            byId.get(a.serviceId()).partner().id(), a.request().priority(),
            reason.apply(a.request()));
      }
    }
    try (CsvOutput csv = CsvOutput.create(out.file("unmet.csv"), "student_id", "need", "cause",
        "suggested_partner_types")) {
      for (SeatAllocation.Unmet u : allocation.unmet()) {
        csv.row(u.request().studentId(), u.request().need().id(), u.cause().id(),
            SUGGESTED.getOrDefault(u.request().need(), ""));
      }
    }
  }

  /** Returns needs met and unmet, and seats per service, for summary.json. */
  static Map<String, Object> summary(SeatAllocation allocation, List<Service> services) {
    Map<Need, Map<String, Integer>> needs = new EnumMap<>(Need.class);
    allocation.assignments().forEach(a -> count(needs, a.request().need(), "met"));
    allocation.unmet().forEach(u -> count(needs, u.request().need(), "unmet"));
    Map<String, Object> byNeed = new LinkedHashMap<>();
    needs.forEach((need, counts) -> byNeed.put(need.id(), counts));
    Map<String, Object> byService = new TreeMap<>();
    for (Service service : services) {
      Map<String, Object> seats = new LinkedHashMap<>();
      seats.put("partner_id", service.partner().id());
      seats.put("partner_type", service.partner().type().id());
      seats.put("category", service.category().id());
      seats.put("seats", service.capacity());
      seats.put("used", allocation.seatsUsed().get(service.id()));
      byService.put(service.id(), seats);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("needs", byNeed);
    summary.put("partner_utilisation", byService);
    summary.put("priority_met", allocation.totalPriority());
    return summary;
  }

  private static void count(Map<Need, Map<String, Integer>> needs, Need need, String key) {
    needs.computeIfAbsent(need, n -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      counts.put("met", 0);
      counts.put("unmet", 0);
      return counts;
    }).merge(key, 1, Integer::sum);
  }

  private static Map<Need, String> suggestedPartnerTypes() {
    try (InputStream in = Resources.getResource(MatchingOutputs.class, PARTNER_TYPES)
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
