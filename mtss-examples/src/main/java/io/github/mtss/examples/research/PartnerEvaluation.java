package io.github.mtss.examples.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.core.evaluation.MatchedComparison;
import io.github.mtss.core.evaluation.MeanDifference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The regular evaluation of partnerships: from two screens of the same district, the first with
 * seats allocated, how the students each service and each partner served changed between the
 * screens (tier, and each indicator level) against students with the same need, tier,
 * indicator levels and school who were eligible but got no seat because the seats ran out ({@code unmet.csv}, cause {@code
 * capacity}) and had no seat for any other need. The maths is core's {@link MatchedComparison};
 * this class reads the screens' files and writes {@code partner-evaluation.csv} and {@code
 * .json}. It is descriptive, not causal: who got the seats was decided by priority, not at
 * random (docs/partner-evaluation.md).
 */
public final class PartnerEvaluation {
  /** The label every output carries. */
  public static final String LABEL = "descriptive, not causal";
  /** The measures compared, in output order: the tier, then each domain's level. */
  static final List<String> MEASURES = List.of("tier", "attendance", "behavior", "coursework");
  static final String[] CSV_COLUMNS = {"scope", "id", "partner_id", "needs", "students_served",
      "seats_used", "seats_offered", "measure", "served_n", "unmatched_served", "comparison_n",
      "comparison_effective_n", "served_change", "comparison_change", "difference", "low",
      "high", "degrees_of_freedom", "note"};
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final Map<String, Double> LEVELS = Map.of("none", 0.0, "risk", 1.0,
      "severe", 2.0);

  private final List<Evaluated> groups;
  private final List<String> missingAfter;
  private final double confidence;
  private final int comparisonStudents;

  /** One row of recommendations.csv: a seat given to a student for a need. */
  record Seat(String student, String need, String service, String partner) {}

  /** A student's school, tier and levels in one screen (NaN where not evaluated). */
  record Screened(String school, double[] values) {}

  /** The result for one service, one partner or all of them, and one measure. */
  record Row(String scope, String id, String partnerId, String needs, int studentsServed,
      int seatsUsed, @Nullable Long seatsOffered, String measure, MeanDifference difference) {}

  /** The seats of one service, one partner or all. */
  private record Group(String scope, String id, String partnerId, List<Seat> seats,
      @Nullable Long seatsOffered) {}

  /** A group with its difference for each measure, in the order of {@link #MEASURES}. */
  private record Evaluated(Group group, List<MeanDifference> differences) {}

  private PartnerEvaluation(List<Evaluated> groups, List<String> missingAfter, double confidence,
      int comparisonStudents) {
    this.groups = groups;
    this.missingAfter = missingAfter;
    this.confidence = confidence;
    this.comparisonStudents = comparisonStudents;
  }

  /**
   * Evaluates the partners of the screen in {@code before} against the later screen in {@code
   * after}, with intervals at {@code confidence}.
   *
   * @throws InputFileException naming the file and line when a screen's file is missing or is
   *     not a file of {@code screen}
   */
  public static PartnerEvaluation of(Path before, Path after, double confidence)
      throws InputFileException {
    List<Seat> seats = new ArrayList<>();
    each(before.resolve("recommendations.csv"), row -> seats.add(new Seat(row.get("student_id"),
        row.get("need"), row.get("service_id"), row.get("partner_id"))), "student_id", "need",
        "service_id", "partner_id");
    Set<String> served = new HashSet<>();
    seats.forEach(seat -> served.add(seat.student()));
    List<Map.Entry<String, String>> comparison = new ArrayList<>();
    each(before.resolve("unmet.csv"), row -> {
      if (row.get("cause").equals("capacity") && !served.contains(row.get("student_id"))) {
        comparison.add(Map.entry(row.get("student_id"), row.get("need")));
      }
    }, "student_id", "need", "cause");
    Set<String> wanted = new HashSet<>(served);
    comparison.forEach(c -> wanted.add(c.getKey()));
    Map<String, Screened> first = screened(before.resolve("tiers.csv"), wanted);
    Map<String, Screened> second = screened(after.resolve("tiers.csv"), wanted);
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(second.keySet());
    Changes changes = new Changes(first, second);
    Map<String, List<String>> comparisonByStratum = new HashMap<>();
    Set<String> comparisonStudents = new HashSet<>();
    for (Map.Entry<String, String> c : comparison) {
      Screened screened = first.get(c.getKey());
      if (screened != null) {
        comparisonStudents.add(c.getKey());
        comparisonByStratum.computeIfAbsent(stratum(c.getValue(), screened),
            s -> new ArrayList<>()).add(c.getKey());
      }
    }
    Map<String, Long> offered = seatsOffered(before.resolve("summary.json"));
    List<Evaluated> groups = new ArrayList<>();
    for (Group group : groups(seats, offered)) {
      groups.add(evaluate(group, changes, first, comparisonByStratum, confidence));
    }
    return new PartnerEvaluation(groups, List.copyOf(missing), confidence,
        comparisonStudents.size());
  }

  /** The change of each measure of each student between the two screens. */
  private record Changes(Map<String, Screened> first, Map<String, Screened> second) {
    double of(String student, int measure) {
      Screened a = first.get(student);
      Screened b = second.get(student);
      return a == null || b == null ? Double.NaN : b.values()[measure] - a.values()[measure];
    }
  }

  private static Evaluated evaluate(Group group, Changes changes, Map<String, Screened> first,
      Map<String, List<String>> comparisonByStratum, double confidence) {
    List<MeanDifference> differences = new ArrayList<>();
    for (int m = 0; m < MEASURES.size(); m++) {
      MatchedComparison comparison = new MatchedComparison();
      Set<String> strata = new TreeSet<>();
      for (Seat seat : group.seats()) {
        Screened screened = first.get(seat.student());
        if (screened != null) {
          String stratum = stratum(seat.need(), screened);
          strata.add(stratum);
          comparison.served(stratum, changes.of(seat.student(), m));
        }
      }
      for (String stratum : strata) {
        for (String student : comparisonByStratum.getOrDefault(stratum, List.of())) {
          comparison.comparison(stratum, changes.of(student, m));
        }
      }
      differences.add(comparison.difference(confidence));
    }
    return new Evaluated(group, differences);
  }

  /**
   * Returns the stratum of a student's seat or unmet need: the need, the first screen's tier
   * and indicator levels (which set a seat's priority, so served and comparison students of a
   * stratum had the same claim to it), and the school.
   */
  private static String stratum(String need, Screened screened) {
    StringBuilder stratum = new StringBuilder(need);
    for (double value : screened.values()) {
      stratum.append('|').append(value);
    }
    return stratum.append('|').append(screened.school()).toString();
  }

  /** Returns the groups: all seats, then each service, then each partner, in id order. */
  private static List<Group> groups(List<Seat> seats, Map<String, Long> offered) {
    Map<String, List<Seat>> byService = new TreeMap<>();
    Map<String, List<Seat>> byPartner = new TreeMap<>();
    Map<String, String> partnerOf = new HashMap<>();
    for (Seat seat : seats) {
      byService.computeIfAbsent(seat.service(), s -> new ArrayList<>()).add(seat);
      byPartner.computeIfAbsent(seat.partner(), p -> new ArrayList<>()).add(seat);
      partnerOf.put(seat.service(), seat.partner());
    }
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("all", "all", "", seats, total(offered, offered.keySet())));
    byService.forEach((service, list) -> groups.add(new Group("service", service,
        partnerOf.get(service), list, offered.get(service))));
    byPartner.forEach((partner, list) -> groups.add(new Group("partner", partner, partner, list,
        total(offered, services(list)))));
    return groups;
  }

  private static Set<String> services(List<Seat> seats) {
    Set<String> services = new TreeSet<>();
    seats.forEach(seat -> services.add(seat.service()));
    return services;
  }

  /** Returns the seats of these services, or null when one has no limit or is unknown. */
  private static @Nullable Long total(Map<String, Long> offered, Set<String> services) {
    long total = 0;
    for (String service : services) {
      Long seats = offered.get(service);
      if (seats == null) {
        return null;
      }
      total += seats;
    }
    return total;
  }

  /** Returns the rows, one per group and measure. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Evaluated evaluated : groups) {
      Group group = evaluated.group();
      Set<String> students = new HashSet<>();
      Set<String> needs = new TreeSet<>();
      group.seats().forEach(seat -> {
        students.add(seat.student());
        needs.add(seat.need());
      });
      for (int m = 0; m < MEASURES.size(); m++) {
        rows.add(new Row(group.scope(), group.id(), group.partnerId(), String.join(";", needs),
            students.size(), group.seats().size(), group.seatsOffered(), MEASURES.get(m),
            evaluated.differences().get(m)));
      }
    }
    return rows;
  }

  /** Returns the students of either group that the second screen does not have, by id. */
  public List<String> missingAfter() {
    return missingAfter;
  }

  /** Writes partner-evaluation.csv. */
  public void writeCsv(Path file) throws IOException {
    try (CsvOutput csv = CsvOutput.create(file, CSV_COLUMNS)) {
      for (Row row : rows()) {
        MeanDifference d = row.difference();
        csv.row(row.scope(), row.id(), row.partnerId(), row.needs(), row.studentsServed(),
            row.seatsUsed(), row.seatsOffered() == null ? "" : row.seatsOffered(), row.measure(),
            d.servedCount(), d.unmatchedServedCount(), d.comparisonCount(),
            number(d.effectiveComparisonCount()), number(d.servedMean()),
            number(d.comparisonMean()), number(d.difference()), number(d.low()),
            number(d.high()), number(d.degreesOfFreedom()), LABEL);
      }
    }
  }

  /** Writes partner-evaluation.json: the same rows, with the inputs and the missing students. */
  public void writeJson(Path file, Path before, Path after) throws IOException {
    ObjectNode json = JSON.createObjectNode();
    json.put("label", LABEL + ": served students against eligible students with the same need, "
        + "tier, indicator levels and school who got no seat because the seats ran out; seats "
        + "went by priority, not at random");
    json.put("before", before.toString());
    json.put("after", after.toString());
    json.put("confidence", confidence);
    json.put("comparison_students", comparisonStudents);
    ArrayNode missing = json.putArray("missing_after");
    missingAfter.forEach(missing::add);
    ArrayNode rows = json.putArray("rows");
    for (Row row : rows()) {
      ObjectNode node = rows.addObject();
      Map<String, Object> values = new LinkedHashMap<>();
      MeanDifference d = row.difference();
      values.put("scope", row.scope());
      values.put("id", row.id());
      values.put("partner_id", row.partnerId());
      values.put("needs", row.needs());
      values.put("students_served", row.studentsServed());
      values.put("seats_used", row.seatsUsed());
      values.put("seats_offered", row.seatsOffered());
      values.put("measure", row.measure());
      values.put("served_n", d.servedCount());
      values.put("unmatched_served", d.unmatchedServedCount());
      values.put("comparison_n", d.comparisonCount());
      values.put("comparison_effective_n", finite(d.effectiveComparisonCount()));
      values.put("served_change", finite(d.servedMean()));
      values.put("comparison_change", finite(d.comparisonMean()));
      values.put("difference", finite(d.difference()));
      values.put("low", d.low());
      values.put("high", d.high());
      values.put("degrees_of_freedom", finite(d.degreesOfFreedom()));
      node.setAll((ObjectNode) JSON.valueToTree(values));
    }
    JSON.writeValue(file.toFile(), json);
  }

  private static @Nullable Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static String number(@Nullable Double value) {
    return value == null || !Double.isFinite(value) ? ""
        : String.format(java.util.Locale.ROOT, "%.4f", value);
  }

  private static Map<String, Screened> screened(Path tiers, Set<String> wanted)
      throws InputFileException {
    Map<String, Screened> screened = new HashMap<>();
    each(tiers, row -> {
      if (wanted.contains(row.get("student_id"))) {
        double[] values = new double[MEASURES.size()];
        values[0] = tier(tiers, row, row.isMapped("screened_tier") ? "screened_tier" : "tier");
        for (int m = 1; m < MEASURES.size(); m++) {
          values[m] = LEVELS.getOrDefault(row.get(MEASURES.get(m)), Double.NaN);
        }
        screened.put(row.get("student_id"), new Screened(row.get("school_id"), values));
      }
    }, "student_id", "school_id", "tier", "attendance", "behavior", "coursework");
    return screened;
  }

  private static double tier(Path file, CSVRecord row, String column) throws InputFileException {
    String value = row.get(column);
    if (!value.matches("[123]")) {
      throw new InputFileException(file + ":" + (row.getRecordNumber() + 1) + ": " + column + "='"
          + value + "': not a tier (1, 2 or 3); give the output directory of screen");
    }
    return Integer.parseInt(value);
  }

  private static Map<String, Long> seatsOffered(Path summary) throws InputFileException {
    JsonNode services;
    try {
      services = JSON.readTree(summary.toFile()).path("partner_utilisation");
    } catch (IOException e) {
      throw new InputFileException(summary + ": cannot be read (" + e.getMessage()
          + "); give the output directory of screen with --partners", e);
    }
    Map<String, Long> offered = new HashMap<>();
    services.fields().forEachRemaining(service -> {
      JsonNode seats = service.getValue().path("seats");
      if (seats.isNumber()) {
        offered.put(service.getKey(), seats.asLong());
      }
    });
    return offered;
  }

  /** What is done with each row of a file. */
  private interface RowAction {
    void accept(CSVRecord row) throws InputFileException;
  }

  /** Reads a screen's CSV file row by row, checking first that it has the columns. */
  private static void each(Path file, RowAction action, String... columns)
      throws InputFileException {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      for (String column : columns) {
        if (!parser.getHeaderNames().contains(column)) {
          throw new InputFileException(file + ":1: has no " + column + " column; give the "
              + "output directory of screen with --partners");
        }
      }
      for (CSVRecord row : parser) {
        action.accept(row);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException
        | IllegalArgumentException e) {
      throw new InputFileException(file + ": cannot be read (" + e.getMessage() + "); give the "
          + "output directory of screen with --partners", e);
    }
  }
}
