package io.github.mtss.interop.hsds.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.interop.hsds.internal.HsdsService.Capacity;
import io.github.mtss.interop.hsds.internal.HsdsService.Location;
import io.github.mtss.interop.hsds.internal.HsdsService.Organization;
import io.github.mtss.interop.hsds.internal.HsdsService.Schedule;
import io.github.mtss.interop.hsds.internal.HsdsService.Source;
import io.github.mtss.interop.hsds.internal.HsdsService.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads HSDS 3.x API JSON: full service documents as {@code /services/{id}} returns them, one
 * per file, as an array, or as the pages of {@code /services} ({@code {"contents": [...]}}),
 * from one file or every {@code .json} file of a directory in name order. Each service document
 * is read on its own (streaming), so a file of many pages need not fit in memory at once.
 */
public final class ApiDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiDocuments() {}

  /** Receives each service read, or the reject of a document that cannot be read. */
  public interface Sink {
    /** Receives a service. */
    void service(HsdsService service);

    /** Receives the reject of a service document. */
    void reject(RejectedRow reject);
  }

  /**
   * Reads a JSON file, or every {@code .json} file of a directory in name order.
   *
   * @throws InputFileException when a file is not JSON of HSDS services
   */
  public static void read(Path input, Sink sink) throws InputFileException {
    for (Path file : files(input)) {
      readFile(file, sink);
    }
  }

  private static List<Path> files(Path input) throws InputFileException {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> listing = Files.list(input)) {
      List<Path> files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted().toList();
      if (files.isEmpty()) {
        throw new InputFileException(input + ": neither services.csv (an HSDS tabular data "
            + "package) nor .json files (HSDS API documents)");
      }
      return files;
    } catch (IOException e) {
      throw new InputFileException(input + ": cannot be listed: " + e.getMessage(), e);
    }
  }

  private static void readFile(Path file, Sink sink) throws InputFileException {
    try (JsonParser parser = new JsonFactory(JSON).createParser(file.toFile())) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readArray(parser, file, sink);
      } else if (first == JsonToken.START_OBJECT) {
        readObject(parser, file, sink);
      } else {
        throw new InputFileException(file + ":1: not an HSDS services document: expected "
            + "{\"contents\": [...]}, an array of services or one service");
      }
    } catch (JsonProcessingException e) {
      throw new InputFileException(file + ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a page ({@code contents}) or a single service document. */
  private static void readObject(JsonParser parser, Path file, Sink sink) throws IOException {
    long line = parser.currentTokenLocation().getLineNr();
    ObjectNode single = JSON.createObjectNode();
    boolean page = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("contents") && value == JsonToken.START_ARRAY) {
        page = true;
        readArray(parser, file, sink);
      } else if (page) {
        parser.skipChildren();
      } else {
        single.set(field, JSON.readTree(parser));
      }
    }
    if (!page) {
      service(single, new Source(file.toString(), line), sink);
    }
  }

  private static void readArray(JsonParser parser, Path file, Sink sink) throws IOException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      long line = parser.currentTokenLocation().getLineNr();
      service(JSON.readTree(parser), new Source(file.toString(), line), sink);
    }
  }

  private static void service(JsonNode document, Source source, Sink sink) {
    String id = text(document, "id");
    try {
      if (id == null) {
        throw new IllegalArgumentException("a service document without an id");
      }
      sink.service(toService(id, document, source));
    } catch (IllegalArgumentException e) {
      sink.reject(new RejectedRow(source.line(), "", "", e.getMessage(), source.file(),
          id == null ? "" : id, ""));
    }
  }

  private static HsdsService toService(String id, JsonNode document, Source source) {
    JsonNode organization = document.path("organization");
    String organizationId = text(organization, "id");
    if (organizationId == null) {
      organizationId = text(document, "organization_id");
    }
    if (organizationId == null) {
      throw new IllegalArgumentException("organization_id: the service names no organization");
    }
    List<String> languages = new ArrayList<>();
    document.path("languages").forEach(language -> {
      String code = text(language, "code");
      String name = text(language, "name");
      if (code != null || name != null) {
        languages.add(code != null ? code : name);
      }
    });
    List<Location> locations = new ArrayList<>();
    List<JsonNode> schedules = new ArrayList<>();
    document.path("schedules").forEach(schedules::add);
    for (JsonNode at : document.path("service_at_locations")) {
      at.path("schedules").forEach(schedules::add);
      JsonNode location = at.path("location");
      if (location.isObject()) {
        locations.add(new Location(text(location, "location_type"),
            number(location, "latitude"), number(location, "longitude")));
      }
    }
    List<Capacity> capacities = new ArrayList<>();
    document.path("capacities").forEach(capacity -> capacities.add(new Capacity(
        number(capacity, "available"), number(capacity, "maximum"),
        text(capacity.path("unit"), "name"))));
    return new HsdsService(id, text(document, "name"), text(document, "status"),
        new Organization(organizationId, text(organization, "name"),
            terms(organization.path("attributes"))),
        number(document, "minimum_age"), number(document, "maximum_age"),
        terms(document.path("attributes")), languages, schedules(schedules), locations,
        capacities, source);
  }

  private static List<Term> terms(JsonNode attributes) {
    List<Term> terms = new ArrayList<>();
    attributes.forEach(attribute -> {
      JsonNode term = attribute.path("taxonomy_term");
      if (term.isObject()) {
        terms.add(new Term(text(term, "code"), text(term, "name")));
      }
    });
    return terms;
  }

  /** Returns the schedules, each once (the same schedule may be nested in several places). */
  private static List<Schedule> schedules(List<JsonNode> nodes) {
    Set<String> seen = new HashSet<>();
    List<Schedule> schedules = new ArrayList<>();
    for (JsonNode node : nodes) {
      String id = text(node, "id");
      if (id == null || seen.add(id)) {
        schedules.add(new Schedule(text(node, "freq"), text(node, "byday"),
            time(node, "opens_at"), time(node, "closes_at")));
      }
    }
    return schedules;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isNull() || value.isMissingNode() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static @Nullable Double number(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(field + "='" + text + "': not a number");
  }

  private static @Nullable LocalTime time(JsonNode node, String field) {
    String text = text(node, field);
    try {
      return text == null ? null : LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + "='" + text
          + "': not a time of day (hh:mm or hh:mm:ss)", e);
    }
  }
}
