package io.github.mtss.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtss.rules.internal.NameSuggestions;
import io.github.mtss.rules.internal.ParserWords;
import io.github.mtss.rules.internal.PolicyTemplate;
import io.github.mtss.core.InvalidPolicyException;
import io.github.mtss.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes policy files: flat YAML (or JSON) maps from a snake_case key to a value, each
 * key overriding one {@link Policy} default, e.g.
 *
 * <pre>
 * # attendance at risk below 88 % instead of 90 %
 * attendance_risk_below: 0.88
 * behavior_risk_minor_incidents: 3
 * </pre>
 *
 * <p>The keys are the snake_case names of {@link Policy}'s attributes (see {@link #keys()}). An
 * unknown key, a key given twice, a value that is not a finite number, a fraction for a
 * whole-number key, a value outside the key's {@link Policy.Range} or an inconsistent policy is an
 * error with the file, line and column (a contradiction at the line of the key set last). A file
 * larger than {@link #MAX_BYTES} is refused before it is parsed.
 */
public final class PolicyFiles {
  /** The largest policy file read, in bytes: 1 MiB (a policy file is a few dozen lines). */
  public static final int MAX_BYTES = 1 << 20;

  private static final List<Class<?>> VALUE_TYPES = List.of(int.class, double.class, String.class);
  private static final Map<String, Method> ATTRIBUTES = attributes();

  private PolicyFiles() {}

  /** Returns every policy key with its default value, in declaration order. */
  public static Map<String, Object> keys() {
    return toMap(Policy.defaults());
  }

  /**
   * Returns a policy file that sets every key to its default, each under comments that say what
   * it means, its default and the values it accepts: the file a district edits. Loading it gives
   * {@link Policy#defaults()}.
   */
  public static String template() {
    return PolicyTemplate.write(ATTRIBUTES, Policy.defaults());
  }

  /** Returns a policy's values by key, in declaration order. */
  public static Map<String, Object> toMap(Policy policy) {
    Map<String, Object> values = new LinkedHashMap<>();
    ATTRIBUTES.forEach((key, method) -> values.put(key, invoke(method, policy)));
    return values;
  }

  /**
   * Reads a policy file; keys it does not set keep their defaults.
   *
   * @throws PolicyFileException listing every problem with its location
   */
  public static Policy load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new PolicyFileException(List.of(RuleMessage.of(file.toString(), 0, 0,
          "cannot read policy file: " + e.getMessage())));
    }
  }

  /**
   * Reads a policy from a stream; {@code fileName} is used in messages and chooses JSON when it
   * ends in {@code .json}, YAML otherwise.
   *
   * @throws PolicyFileException listing every problem with its location
   */
  public static Policy read(String fileName, InputStream in) throws IOException {
    byte[] content = in.readNBytes(MAX_BYTES + 1);
    if (content.length > MAX_BYTES) {
      throw new PolicyFileException(List.of(RuleMessage.of(fileName, 1, 1, "larger than "
          + MAX_BYTES / 1024 + " KiB, the most a policy file may have; is it a policy file?")));
    }
    JsonFactory factory = fileName.endsWith(".json") ? new JsonFactory() : new YAMLFactory();
    List<RuleMessage> problems = new ArrayList<>();
    Policy.Builder builder = Policy.builder();
    Map<String, JsonLocation> keys = new LinkedHashMap<>();
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first != null && first != JsonToken.START_OBJECT) {
        problems.add(at(fileName, parser.currentLocation(),
            "a policy file is a map of key: value lines"));
      }
      while (first == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation where = parser.currentTokenLocation();
        JsonLocation before = keys.putIfAbsent(key, where);
        JsonToken value = parser.nextToken();
        if (before != null) {
          problems.add(at(fileName, where, "'" + key + "' is set twice; first at line "
              + before.getLineNr()));
          parser.skipChildren();
        } else {
          set(builder, fileName, key, where, value, parser, problems);
        }
      }
    } catch (JsonProcessingException e) {
      RuleMessage problem = at(fileName, e.getLocation(), ParserWords.of(e.getOriginalMessage()));
      if (ParserWords.isIndentation(e.getOriginalMessage())) {
        int[] line = ParserWords.quotedLocation(e.getOriginalMessage(),
            new int[] {problem.line(), problem.column()});
        problem = RuleMessage.of(fileName, line[0], line[1], problem.message());
        if (!keys.isEmpty()) {
          // the indented line was read as the end of the value before it: only the indent is wrong
          int valueLine = List.copyOf(keys.values()).get(keys.size() - 1).getLineNr();
          problems.removeIf(earlier -> earlier.line() == valueLine);
        }
      }
      problems.add(problem);
    }
    if (problems.isEmpty()) {
      try {
        return builder.build();
      } catch (InvalidPolicyException e) {
        e.problems().forEach(problem -> problems.add(locate(fileName, keys, problem)));
      }
    }
    throw new PolicyFileException(problems);
  }

  /** Locates a problem of the policy at the key it names that the file sets last. */
  private static RuleMessage locate(String file, Map<String, JsonLocation> keys, String problem) {
    JsonLocation where = null;
    for (Map.Entry<String, JsonLocation> key : keys.entrySet()) {
      if (problem.matches("(?s).*\\b" + key.getKey() + "\\b.*")) {
        where = key.getValue();
      }
    }
    return at(file, where, problem);
  }

  private static void set(Policy.Builder builder, String file, String key,
      JsonLocation where, JsonToken value, JsonParser parser, List<RuleMessage> problems)
      throws IOException {
    Method attribute = ATTRIBUTES.get(key);
    if (attribute == null) {
      String suggestion = NameSuggestions.didYouMean(key, ATTRIBUTES.keySet());
      problems.add(at(file, where, "unknown policy key '" + key + "'" + (suggestion.isEmpty()
          ? "; the keys are listed in docs/rules.md and in the policy.yaml that 'mtss rules "
              + "export' writes" : suggestion)));
      parser.skipChildren();
      return;
    }
    if (attribute.getReturnType() == String.class) {
      if (value == JsonToken.VALUE_STRING) {
        invoke(builderMethod(attribute), builder, parser.getText());
      } else {
        problems.add(at(file, parser.currentTokenLocation(), "'" + key
            + "' must be text, found '" + parser.getText() + "'"));
        parser.skipChildren();
      }
      return;
    }
    boolean whole = attribute.getReturnType() == int.class;
    if (value == JsonToken.VALUE_NUMBER_INT
        || (!whole && value == JsonToken.VALUE_NUMBER_FLOAT)) {
      Number number = whole ? (Number) parser.getIntValue() : (Number) parser.getDoubleValue();
      if (!Double.isFinite(number.doubleValue())) {
        problems.add(at(file, parser.currentTokenLocation(), "'" + key
            + "' must be a finite number, found '" + parser.getText() + "'"));
        return;
      }
      invoke(builderMethod(attribute), builder, number);
    } else {
      problems.add(at(file, parser.currentTokenLocation(), "'" + key + "' must be "
          + (whole ? "a whole number" : "a number") + ", found '" + parser.getText() + "'"));
      parser.skipChildren();
    }
  }

  /** Returns a message at a location; without one (the parser gave none), at line 0. */
  private static RuleMessage at(String file, @Nullable JsonLocation location, String text) {
    return location == null ? RuleMessage.of(file, 0, 0, text)
        : RuleMessage.of(file, location.getLineNr(), location.getColumnNr(), text);
  }

  private static Map<String, Method> attributes() {
    PropertyNamingStrategies.NamingBase snake =
        (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    // the generated class declares one field per attribute, in the order Policy declares them
    List<String> declared = Arrays.stream(Policy.defaults().getClass().getDeclaredFields())
        .map(Field::getName).collect(Collectors.toList());
    return Arrays.stream(Policy.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> VALUE_TYPES.contains(m.getReturnType()))
        .sorted(Comparator.comparingInt(m -> declared.indexOf(m.getName())))
        .collect(Collectors.toMap(m -> snake.translate(m.getName()), m -> m,
            (a, b) -> a, LinkedHashMap::new));
  }

  private static Method builderMethod(Method attribute) {
    try {
      return Policy.Builder.class.getMethod(attribute.getName(), attribute.getReturnType());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("policy builder lacks " + attribute.getName(), e);
    }
  }

  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot call " + method.getName(), e);
    }
  }
}
