package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mtss.batch.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code lists, tables and thresholds the Ed-Fi import reads, by key: the shipped defaults
 * ({@code default-mapping.json}) with a district file's keys replacing them. Codes compare
 * without regard to case.
 */
public final class Mapping {
  /** The shape of each key's value. */
  enum Shape { LIST, MAP, NUMBER }

  private static final Pattern GRADE = Pattern.compile("K|[1-9]|1[0-2]");
  private static final JsonFactory JSON = new JsonFactory();
  private final Map<String, Object> values;

  private Mapping(Map<String, Object> values) {
    this.values = values;
  }

  /** Reads the shipped defaults, whose keys define which keys a district file may set. */
  public static Mapping defaults() {
    try (InputStream in = Mapping.class.getResourceAsStream(
        "/io/github/mtss/interop/edfi/default-mapping.json")) {
      if (in == null) {
        throw new IllegalStateException("default-mapping.json missing from the jar");
      }
      return new Mapping(parse("default-mapping.json", in, null));
    } catch (IOException | InputFileException e) {
      throw new IllegalStateException("the shipped default mapping is broken", e);
    }
  }

  /**
   * Returns these values with the keys of a district's mapping file replacing them.
   *
   * @throws InputFileException naming file, line and column of the first problem
   */
  public Mapping overriddenBy(String fileName, InputStream in) throws InputFileException {
    Map<String, Object> merged = new LinkedHashMap<>(values);
    merged.putAll(parse(fileName, in, this));
    return new Mapping(merged);
  }

  private static Map<String, Object> parse(String fileName, InputStream in,
      @Nullable Mapping known) throws InputFileException {
    Map<String, Object> read = new LinkedHashMap<>();
    try (JsonParser parser = JSON.createParser(in)) {
      expect(parser, parser.nextToken() == JsonToken.START_OBJECT, fileName,
          "the mapping must be one JSON object of keys");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation at = parser.currentTokenLocation();
        Shape shape = known == null ? null : known.shape(key);
        if (known != null && shape == null) {
          throw error(fileName, at, "unknown key '" + key + "'; the keys are "
              + String.join(", ", new TreeMap<>(known.values).keySet()));
        }
        parser.nextToken();
        read.put(key, value(parser, fileName, key, shape));
      }
      if (parser.nextToken() != null) {
        throw error(fileName, parser.currentTokenLocation(), "text after the mapping object");
      }
    } catch (JsonProcessingException e) {
      throw error(fileName, e.getLocation(), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputFileException(fileName + ": cannot be read: " + e.getMessage(), e);
    }
    return read;
  }

  private @Nullable Shape shape(String key) {
    Object value = values.get(key);
    return value == null ? null : value instanceof Set ? Shape.LIST
        : value instanceof Map ? Shape.MAP : Shape.NUMBER;
  }

  private static Object value(JsonParser parser, String fileName, String key,
      @Nullable Shape shape) throws IOException, InputFileException {
    JsonToken token = parser.currentToken();
    if ((shape == null || shape == Shape.NUMBER) && token.isNumeric()) {
      double number = parser.getDoubleValue();
      expect(parser, number >= 0, fileName, key + " must not be negative, was " + number);
      return number;
    }
    if ((shape == null || shape == Shape.LIST) && token == JsonToken.START_ARRAY) {
      Set<String> list = new LinkedHashSet<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        expect(parser, parser.currentToken() == JsonToken.VALUE_STRING, fileName,
            key + " lists code values in quotes, found " + parser.getText());
        list.add(lower(parser.getText()));
      }
      return Collections.unmodifiableSet(list);
    }
    if ((shape == null || shape == Shape.MAP) && token == JsonToken.START_OBJECT) {
      Map<String, String> map = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String code = parser.currentName();
        expect(parser, parser.nextToken() == JsonToken.VALUE_STRING, fileName,
            key + " maps '" + code + "' to a value in quotes, found " + parser.getText());
        String mapped = parser.getText();
        expect(parser, !key.equals("gradeLevels") || GRADE.matcher(mapped).matches(), fileName,
            "gradeLevels maps '" + code + "' to '" + mapped + "'; use K or 1 to 12");
        map.put(lower(code), mapped);
      }
      return Collections.unmodifiableMap(map);
    }
    throw error(fileName, parser.currentTokenLocation(), key + " must be "
        + (shape == Shape.LIST ? "a list [\"...\"]" : shape == Shape.MAP
            ? "an object {\"code\": \"value\"}" : "a number") + ", found " + parser.getText());
  }

  private static void expect(JsonParser parser, boolean condition, String fileName,
      String problem) throws InputFileException {
    if (!condition) {
      throw error(fileName, parser.currentTokenLocation(), problem);
    }
  }

  private static InputFileException error(String fileName, @Nullable JsonLocation at,
      String problem) {
    String where = at == null ? fileName
        : fileName + ":" + at.getLineNr() + ":" + at.getColumnNr();
    return new InputFileException(where + ": " + problem);
  }

  static String lower(String code) {
    return code.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether list {@code key} holds {@code code}. */
  public boolean has(String key, @Nullable String code) {
    return code != null && list(key).contains(lower(code));
  }

  /** The codes of list {@code key}, in lower case. */
  @SuppressWarnings("unchecked")
  public Set<String> list(String key) {
    return (Set<String>) values.get(key);
  }

  /** The value table {@code key} gives {@code code}, or null. */
  @SuppressWarnings("unchecked")
  public @Nullable String mapped(String key, String code) {
    return ((Map<String, String>) values.get(key)).get(lower(code));
  }

  /** The number {@code key}. */
  public double number(String key) {
    return (Double) values.get(key);
  }

  /** The position of {@code code} in list {@code key}, or the list's size when absent. */
  public int rank(String key, @Nullable String code) {
    List<String> order = List.copyOf(list(key));
    int index = code == null ? -1 : order.indexOf(lower(code));
    return index < 0 ? order.size() : index;
  }
}
