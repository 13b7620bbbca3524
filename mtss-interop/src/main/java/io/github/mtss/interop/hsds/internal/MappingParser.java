package io.github.mtss.interop.hsds.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.core.Need;
import io.github.mtss.core.PartnerType;
import io.github.mtss.interop.hsds.HsdsMapping;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Parses an HSDS mapping file (YAML, so JSON too) into an {@link HsdsMapping}: a map of the keys
 * of {@code hsds-mapping.yaml}. An unknown key, a key given twice, a value of the wrong kind or
 * out of range is an error naming the file, line and column.
 */
public final class MappingParser {
  private static final List<String> KEYS = List.of("kindergarten_age", "school_radius_km",
      "evening_starts", "statuses", "capacity_figure", "capacity_units", "default_partner_type",
      "categories", "partner_types");
  private static final String NO_CATEGORY = "none";

  private final String file;
  private final JsonParser parser;
  private final Map<String, Object> values = new HashMap<>();

  private MappingParser(String file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /**
   * Parses a mapping file; keys it lacks keep the value of {@code base} (every key is needed
   * when there is no base), and its terms are added to the base's.
   *
   * @throws InputFileException naming the file, line and column of the first problem
   */
  public static HsdsMapping parse(String file, InputStream in, @Nullable HsdsMapping base)
      throws InputFileException {
    try (JsonParser parser = new YAMLFactory().createParser(in)) {
      MappingParser mapping = new MappingParser(file, parser);
      mapping.readTop();
      return mapping.build(base);
    } catch (JsonProcessingException e) {
      throw new InputFileException(file + ":" + where(e.getLocation()) + ": not valid YAML: "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static String where(@Nullable JsonLocation location) {
    return location == null ? "1:1" : location.getLineNr() + ":" + location.getColumnNr();
  }

  private InputFileException error(String message) {
    return new InputFileException(file + ":" + where(parser.currentTokenLocation()) + ": "
        + message);
  }

  private void readTop() throws IOException, InputFileException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      throw error("expected a map of keys (" + String.join(", ", KEYS) + ")");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      if (!KEYS.contains(key)) {
        throw error("unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
      }
      if (values.containsKey(key)) {
        throw error("key '" + key + "' is given twice");
      }
      parser.nextToken();
      values.put(key, value(key));
    }
  }

  private Object value(String key) throws IOException, InputFileException {
    return switch (key) {
      case "kindergarten_age" -> number(key, 0, 10, true).intValue();
      case "school_radius_km" -> number(key, 0, 1000, false);
      case "evening_starts" -> scalar(key, "a time of day such as 17:00", LocalTime::parse);
      case "statuses", "capacity_units" -> list(key);
      case "capacity_figure" -> scalar(key, "available or maximum", text -> {
        if (!text.equals("available") && !text.equals("maximum")) {
          throw new IllegalArgumentException(text);
        }
        return text;
      });
      case "default_partner_type" -> scalar(key, "a partner type", PartnerType::parse);
      case "categories" -> table(key, "a need category or none", text ->
          text.equalsIgnoreCase(NO_CATEGORY) ? Optional.<Need>empty()
              : Optional.of(Need.parse(text)));
      default -> table(key, "a partner type", PartnerType::parse);
    };
  }

  private Double number(String key, double low, double high, boolean whole)
      throws IOException, InputFileException {
    if (!parser.currentToken().isNumeric()) {
      throw error(key + "='" + parser.getText() + "': not a number");
    }
    double value = parser.getDoubleValue();
    if (value < low || value > high || (whole && value != Math.rint(value))) {
      throw error(key + "=" + parser.getText() + ": must be " + (whole ? "a whole number " : "")
          + "from " + (int) low + " to " + (int) high);
    }
    return value;
  }

  private <T> T scalar(String key, String expected, Function<String, T> parse)
      throws IOException, InputFileException {
    if (!parser.currentToken().isScalarValue()) {
      throw error(key + ": expected " + expected);
    }
    String text = parser.getText().strip();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw error(key + "='" + text + "': not " + expected);
    }
  }

  private Set<String> list(String key) throws IOException, InputFileException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error(key + ": expected a list such as [a, b]");
    }
    Set<String> items = new LinkedHashSet<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(HsdsMapping.key(scalar(key, "a word", text -> text)));
    }
    return items;
  }

  private <T> Map<String, T> table(String key, String expected, Function<String, T> parse)
      throws IOException, InputFileException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(key + ": expected a map from a term to " + expected);
    }
    Map<String, T> table = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String term = HsdsMapping.key(parser.currentName());
      if (table.containsKey(term)) {
        throw error(key + ": term '" + parser.currentName() + "' is given twice");
      }
      parser.nextToken();
      table.put(term, scalar(key + " '" + parser.currentName() + "'", expected, parse));
    }
    return table;
  }

  @SuppressWarnings("unchecked")
  private HsdsMapping build(@Nullable HsdsMapping base) throws InputFileException {
    if (base == null) {
      List<String> missing = KEYS.stream().filter(k -> !values.containsKey(k)).toList();
      if (!missing.isEmpty()) {
        throw new InputFileException(file + ":1:1: lacks " + String.join(", ", missing));
      }
    }
    Map<String, Optional<Need>> categories = new HashMap<>(base == null ? Map.of()
        : base.categories());
    categories.putAll((Map<String, Optional<Need>>) values.getOrDefault("categories", Map.of()));
    Map<String, PartnerType> types = new HashMap<>(base == null ? Map.of()
        : base.partnerTypes());
    types.putAll((Map<String, PartnerType>) values.getOrDefault("partner_types", Map.of()));
    return new HsdsMapping(
        (Integer) get("kindergarten_age", base == null ? null : base.kindergartenAge()),
        (Double) get("school_radius_km", base == null ? null : base.schoolRadiusKm()),
        (LocalTime) get("evening_starts", base == null ? null : base.eveningStarts()),
        (Set<String>) get("statuses", base == null ? null : base.statuses()),
        (String) get("capacity_figure", base == null ? null : base.capacityFigure()),
        (Set<String>) get("capacity_units", base == null ? null : base.capacityUnits()),
        (PartnerType) get("default_partner_type",
            base == null ? null : base.defaultPartnerType()),
        categories, types);
  }

  private Object get(String key, @Nullable Object base) {
    Object value = values.get(key);
    return value != null ? value : java.util.Objects.requireNonNull(base, key);
  }
}
