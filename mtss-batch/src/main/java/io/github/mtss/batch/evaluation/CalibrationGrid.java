package io.github.mtss.batch.evaluation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtss.core.Policy;
import io.github.mtss.rules.PolicyFileException;
import io.github.mtss.rules.PolicyFiles;
import io.github.mtss.rules.RuleMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cut-points a calibration may try: for each policy key, its candidate values, in the order
 * the search visits them, and how many passes it makes over them. The default grid is the
 * resource {@code calibration-grid.yaml} beside this class, which documents its values; a
 * district may write its own in the same format:
 *
 * <pre>
 * passes: 2
 * cut_points:
 *   attendance_risk_below: [0.85, 0.875, 0.90, 0.925, 0.95]
 *   screener_risk_below: [15, 20, 25, 30, 35]
 * </pre>
 *
 * <p>An unknown key, a value that is not a number, a fraction for a whole-number key or a value
 * outside the key's {@link Policy.Range} is an error with file, line and column.
 *
 * @param passes how many times the search goes over every key, at least 1
 * @param cutPoints each policy key's candidate values, in search order
 */
public record CalibrationGrid(int passes, Map<String, List<Double>> cutPoints) {
  private static final String RESOURCE = "calibration-grid.yaml";

  /** Copies the values and checks that there is a pass and a key. */
  public CalibrationGrid {
    Map<String, List<Double>> copy = new LinkedHashMap<>();
    cutPoints.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    cutPoints = Collections.unmodifiableMap(copy);
    if (passes < 1 || cutPoints.isEmpty()) {
      throw new IllegalArgumentException("a grid needs at least one pass and one key");
    }
  }

  /** Returns the documented default grid. */
  public static CalibrationGrid defaults() {
    try (InputStream in = CalibrationGrid.class.getResourceAsStream(RESOURCE)) {
      return read(RESOURCE, in);
    } catch (IOException e) {
      throw new UncheckedIOException("missing resource " + RESOURCE, e);
    }
  }

  /**
   * Reads a grid file.
   *
   * @throws PolicyFileException listing every problem with its location
   */
  public static CalibrationGrid load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new PolicyFileException(List.of(RuleMessage.of(file.toString(), 0, 0,
          "cannot read calibration grid: " + e.getMessage())));
    }
  }

  /**
   * Reads a grid; {@code fileName} is used in messages.
   *
   * @throws PolicyFileException listing every problem with its location
   */
  public static CalibrationGrid read(String fileName, InputStream in) throws IOException {
    Reading reading = new Reading(fileName);
    try (JsonParser parser = new YAMLFactory().createParser(in)) {
      reading.top(parser);
    } catch (JsonProcessingException e) {
      reading.problem(e.getLocation(), e.getOriginalMessage());
    }
    if (reading.problems.isEmpty() && reading.cutPoints.isEmpty()) {
      reading.problem(null, "a calibration grid needs cut_points: a map of policy key to a "
          + "list of values");
    }
    if (!reading.problems.isEmpty()) {
      throw new PolicyFileException(reading.problems);
    }
    return new CalibrationGrid(reading.passes, reading.cutPoints);
  }

  /** The state of reading one file. */
  private static final class Reading {
    private final String file;
    private final List<RuleMessage> problems = new ArrayList<>();
    private final Map<String, List<Double>> cutPoints = new LinkedHashMap<>();
    private int passes = 1;

    Reading(String file) {
      this.file = file;
    }

    void top(JsonParser parser) throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        problem(parser.currentTokenLocation(), "a calibration grid is a map with passes and "
            + "cut_points");
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("passes") && value == JsonToken.VALUE_NUMBER_INT
            && parser.getIntValue() >= 1) {
          passes = parser.getIntValue();
        } else if (name.equals("cut_points") && value == JsonToken.START_OBJECT) {
          cutPoints(parser);
        } else {
          problem(parser.currentTokenLocation(), name.equals("passes")
              ? "passes must be a whole number of at least 1, found '" + parser.getText() + "'"
              : "unknown or misplaced '" + name + "'; a grid has passes: N and cut_points: a "
                  + "map of policy key to a list of values");
          parser.skipChildren();
        }
      }
    }

    private void cutPoints(JsonParser parser) throws IOException {
      Map<String, Object> defaults = PolicyFiles.keys();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation where = parser.currentTokenLocation();
        JsonToken value = parser.nextToken();
        Object fallback = defaults.get(key);
        if (!(fallback instanceof Number) || value != JsonToken.START_ARRAY) {
          problem(where, fallback instanceof Number ? "'" + key + "' needs a list of values, "
              + "e.g. [0.85, 0.90]" : "'" + key + "' is not a numeric policy key");
          parser.skipChildren();
          continue;
        }
        List<Double> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          String problem = check(key, parser, fallback instanceof Integer);
          if (problem == null) {
            values.add(parser.getDoubleValue());
          } else {
            problem(parser.currentTokenLocation(), problem);
            parser.skipChildren();
          }
        }
        if (cutPoints.put(key, values) != null) {
          problem(where, "'" + key + "' is listed twice");
        }
      }
    }

    private static @Nullable String check(String key, JsonParser parser, boolean whole)
        throws IOException {
      JsonToken token = parser.currentToken();
      boolean number = token == JsonToken.VALUE_NUMBER_INT
          || (token == JsonToken.VALUE_NUMBER_FLOAT && !whole);
      if (!number || !Double.isFinite(parser.getDoubleValue())) {
        return "'" + key + "' takes " + (whole ? "whole numbers" : "numbers") + ", found '"
            + parser.getText() + "'";
      }
      Policy.Range range = range(key);
      double value = parser.getDoubleValue();
      return range == null || (value >= range.min() && value <= range.max()) ? null
          : "'" + key + "' must be from " + range.min() + " to " + range.max() + ", found "
              + parser.getText();
    }

    private static Policy.@Nullable Range range(String key) {
      StringBuilder camel = new StringBuilder();
      for (String part : key.split("_")) {
        camel.append(camel.length() == 0 ? part
            : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
      }
      try {
        return Policy.class.getMethod(camel.toString()).getAnnotation(Policy.Range.class);
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    void problem(@Nullable JsonLocation where, String text) {
      problems.add(where == null ? RuleMessage.of(file, 0, 0, text)
          : RuleMessage.of(file, where.getLineNr(), where.getColumnNr(), text));
    }
  }
}
