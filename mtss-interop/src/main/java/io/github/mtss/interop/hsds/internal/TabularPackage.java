package io.github.mtss.interop.hsds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.CsvRow;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.interop.hsds.internal.HsdsService.Capacity;
import io.github.mtss.interop.hsds.internal.HsdsService.Location;
import io.github.mtss.interop.hsds.internal.HsdsService.Organization;
import io.github.mtss.interop.hsds.internal.HsdsService.Schedule;
import io.github.mtss.interop.hsds.internal.HsdsService.Source;
import io.github.mtss.interop.hsds.internal.HsdsService.Term;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HSDS 3.x tabular data package: a directory of CSV tables named as in HSDS 3.0's
 * {@code datapackage.json} ({@code services.csv}, {@code organizations.csv},
 * {@code attributes.csv}, {@code taxonomy_terms.csv}, {@code languages.csv},
 * {@code schedules.csv}, {@code service_at_location.csv}, {@code locations.csv}, and HSDS 3.1's
 * {@code service_capacity.csv} and {@code unit.csv}); a {@code datapackage.json} in the directory
 * may name other paths for these resources. Only {@code services.csv} is required. A row of any
 * table that cannot be read is rejected and the rest is used.
 */
public final class TabularPackage {
  /** The tables of an HSDS 1.1 package that HSDS 3 no longer has. */
  private static final List<String> HSDS_1_TABLES = List.of("service_taxonomy.csv",
      "regular_schedule.csv", "holiday_schedule.csv", "eligibility.csv", "taxonomy.csv");
  private static final Map<String, String> DEFAULT_PATHS = Map.of("service", "services.csv",
      "organization", "organizations.csv", "attribute", "attributes.csv", "taxonomy_term",
      "taxonomy_terms.csv", "language", "languages.csv", "schedule", "schedules.csv",
      "service_at_location", "service_at_location.csv", "location", "locations.csv",
      "service_capacity", "service_capacity.csv", "unit", "unit.csv");

  private final Path directory;
  private final Map<String, String> paths;
  private final List<RejectedRow> rejects = new ArrayList<>();

  private TabularPackage(Path directory, Map<String, String> paths) {
    this.directory = directory;
    this.paths = paths;
  }

  /** What a package holds: its services and the rows of its tables that were rejected. */
  public record Contents(List<HsdsService> services, List<RejectedRow> rejects) {}

  /**
   * Reads the package in {@code directory}.
   *
   * @throws InputFileException when it is no HSDS 3 package or a table as a whole is unusable
   */
  public static Contents read(Path directory) throws InputFileException {
    refuseVersion1(directory);
    TabularPackage tables = new TabularPackage(directory, paths(directory));
    return new Contents(tables.services(), List.copyOf(tables.rejects));
  }

  private static void refuseVersion1(Path directory) throws InputFileException {
    List<String> old = HSDS_1_TABLES.stream()
        .filter(name -> Files.exists(directory.resolve(name))).toList();
    if (!old.isEmpty()) {
      throw new InputFileException(directory + ": an HSDS 1.x package (it has "
          + String.join(", ", old) + "); only HSDS 3.x is read: export the directory as "
          + "HSDS 3.0 or later (see docs/hsds.md)");
    }
    if (!Files.exists(directory.resolve("services.csv")) && !Files.exists(
        directory.resolve("datapackage.json"))) {
      throw new InputFileException(directory + ": no services.csv: not an HSDS 3 tabular data "
          + "package (give a directory with services.csv, or an HSDS API JSON file)");
    }
  }

  /** Returns each resource's file: the datapackage's paths where it has one, else the default. */
  private static Map<String, String> paths(Path directory) throws InputFileException {
    Map<String, String> paths = new HashMap<>(DEFAULT_PATHS);
    Path descriptor = directory.resolve("datapackage.json");
    if (!Files.exists(descriptor)) {
      return paths;
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(descriptor.toFile());
    } catch (IOException e) {
      throw new InputFileException(descriptor + ": not a readable datapackage.json: "
          + e.getMessage(), e);
    }
    String version = root.path("version").asText("");
    if (version.startsWith("1.") || version.startsWith("2.")) {
      throw new InputFileException(descriptor + ": HSDS version " + version
          + "; only HSDS 3.x is read: export the directory as HSDS 3.0 or later");
    }
    for (JsonNode resource : root.path("resources")) {
      String name = resource.path("name").asText("");
      String path = resource.path("path").asText("");
      if (paths.containsKey(name) && !path.isEmpty() && !path.contains("..")) {
        paths.put(name, path);
      }
    }
    return paths;
  }

  private List<HsdsService> services() throws InputFileException {
    Map<String, Term> terms = byId(table("taxonomy_term", List.of("id"), row ->
        Map.entry(row.required("id"), new Term(row.text("code"), row.text("name")))));
    Map<String, List<Term>> linkedTerms = new HashMap<>();
    for (Map.Entry<String, String> link : table("attribute", List.of("link_id", "taxonomy_term_id"),
        row -> Map.entry(row.required("link_id"), row.required("taxonomy_term_id")))) {
      Term term = terms.get(link.getValue());
      if (term != null) {
        linkedTerms.computeIfAbsent(link.getKey(), k -> new ArrayList<>()).add(term);
      }
    }
    Map<String, Organization> organizations = byId(table("organization", List.of("id"), row -> {
      String id = row.required("id");
      return Map.entry(id, new Organization(id, row.text("name"),
          linkedTerms.getOrDefault(id, List.of())));
    }));
    Map<String, List<String>> languages = grouped(table("language", List.of("service_id"),
        row -> Map.entry(nonNull(row.text("service_id")), code(row))));
    Map<String, List<Schedule>> schedules = schedules();
    Map<String, List<Location>> locations = locations();
    Map<String, List<Capacity>> capacities = capacities();
    String file = file("service");
    return table("service", List.of("id", "organization_id"), row -> {
      String id = row.required("id");
      String organizationId = row.required("organization_id");
      Organization organization = organizations.getOrDefault(organizationId,
          new Organization(organizationId, null, linkedTerms.getOrDefault(organizationId,
              List.of())));
      return Map.entry(id, new HsdsService(id, row.text("name"), row.text("status"),
          organization, row.number("minimum_age"), row.number("maximum_age"),
          linkedTerms.getOrDefault(id, List.of()), languages.getOrDefault(id, List.of()),
          schedules.getOrDefault(id, List.of()), locations.getOrDefault(id, List.of()),
          capacities.getOrDefault(id, List.of()), new Source(file, row.line())));
    }).stream().map(Map.Entry::getValue).toList();
  }

  private Map<String, List<Schedule>> schedules() throws InputFileException {
    Map<String, String> atLocation = byId(table("service_at_location",
        List.of("id", "service_id"), row -> Map.entry(row.required("id"),
            row.required("service_id"))));
    return grouped(table("schedule", List.of(), row -> {
      String service = row.text("service_id");
      if (service == null) {
        String link = row.text("service_at_location_id");
        service = link == null ? null : atLocation.get(link);
      }
      return Map.entry(nonNull(service), new Schedule(row.text("freq"), row.text("byday"),
          time(row, "opens_at"), time(row, "closes_at")));
    }));
  }

  private Map<String, List<Location>> locations() throws InputFileException {
    Map<String, Location> places = byId(table("location", List.of("id"), row ->
        Map.entry(row.required("id"), new Location(row.text("location_type"),
            row.number("latitude"), row.number("longitude")))));
    List<Map.Entry<String, String>> links = table("service_at_location",
        List.of("service_id", "location_id"), row -> Map.entry(row.required("service_id"),
            row.required("location_id")), false);
    Map<String, List<Location>> byService = new HashMap<>();
    links.stream().filter(link -> places.containsKey(link.getValue())).forEach(link ->
        byService.computeIfAbsent(link.getKey(), k -> new ArrayList<>())
            .add(places.get(link.getValue())));
    return byService;
  }

  private Map<String, List<Capacity>> capacities() throws InputFileException {
    Map<String, String> units = byId(table("unit", List.of("id"), row ->
        Map.entry(row.required("id"), nonNull(row.text("name")))));
    return grouped(table("service_capacity", List.of("service_id"), row -> {
      String unit = row.text("unit_id");
      return Map.entry(row.required("service_id"), new Capacity(row.number("available"),
          row.number("maximum"), unit == null ? null : units.getOrDefault(unit, unit)));
    }));
  }

  private static String code(CsvRow row) {
    String code = row.text("code");
    return code != null ? code : nonNull(row.text("name"));
  }

  private static @Nullable LocalTime time(CsvRow row, String column) {
    return row.parse(column, "not a time of day (hh:mm or hh:mm:ss)", LocalTime::parse);
  }

  /** Returns a cell known to be non-null or replaces null by the empty text (never looked up). */
  private static String nonNull(@Nullable String text) {
    return text == null ? "" : text;
  }

  private String file(String resource) {
    return directory.resolve(paths.get(resource)).toString();
  }

  private <T> List<Map.Entry<String, T>> table(String resource, List<String> required,
      CsvInput.RowMapper<Map.Entry<String, T>> mapper) throws InputFileException {
    return table(resource, required, mapper, true);
  }

  /**
   * Reads a table's rows into entries; a missing table is empty. Each table is read once for its
   * rejects: a second reading ({@code report} false) keeps its rejects to itself.
   */
  private <T> List<Map.Entry<String, T>> table(String resource, List<String> required,
      CsvInput.RowMapper<Map.Entry<String, T>> mapper, boolean report)
      throws InputFileException {
    Path path = directory.resolve(paths.get(resource));
    if (!Files.exists(path)) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(path)) {
      CsvInput.Result<Map.Entry<String, T>> read =
          new CsvInput<>(path.toString(), "id", required, mapper).read(in);
      if (report) {
        rejects.addAll(read.rejects());
      }
      return read.rows().stream().map(CsvInput.Row::value).toList();
    } catch (IOException e) {
      throw new InputFileException(path + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static <T> Map<String, T> byId(List<Map.Entry<String, T>> entries) {
    Map<String, T> map = new LinkedHashMap<>();
    entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
    return map;
  }

  private static <T> Map<String, List<T>> grouped(List<Map.Entry<String, T>> entries) {
    Map<String, List<T>> map = new HashMap<>();
    entries.forEach(e -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return map;
  }
}
