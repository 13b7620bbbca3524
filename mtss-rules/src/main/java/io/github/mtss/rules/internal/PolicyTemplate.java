package io.github.mtss.rules.internal;

import io.github.mtss.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Writes the documented policy file: every key at its default, under its meaning (from the
 * {@code policy-keys.properties} resource), its default and its range (from {@link Policy} and
 * {@link Policy.Range}, so they never drift from the code).
 */
public final class PolicyTemplate {
  private static final String MEANINGS = "/io/github/mtss/rules/policy-keys.properties";
  private static final int WIDTH = 98;

  private PolicyTemplate() {}

  /** Returns what each key means, by key. */
  public static Properties meanings() {
    Properties meanings = new Properties();
    try (InputStream in = PolicyTemplate.class.getResourceAsStream(MEANINGS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + MEANINGS);
      }
      meanings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MEANINGS, e);
    }
    return meanings;
  }

  /** Returns the policy file for {@code attributes} (key to accessor) at {@code policy}. */
  public static String write(Map<String, Method> attributes, Policy policy) {
    Properties meanings = meanings();
    StringBuilder file = new StringBuilder()
        .append("# MTSS policy: every key at its default value. Change the values your district\n")
        .append("# decides differently; a key left out keeps its default. Check the file with\n")
        .append("# 'mtss validate --policy policy.yaml': a value outside its range is refused\n")
        .append("# with file:line:column before anything is screened.\n");
    attributes.forEach((key, accessor) -> {
      file.append('\n');
      comment(file, meanings.getProperty(key, "(no description)"));
      Object value = invoke(accessor, policy);
      comment(file, "default " + value + "; " + range(accessor));
      file.append(key).append(": ").append(value).append('\n');
    });
    return file.toString();
  }

  private static String range(Method accessor) {
    Policy.Range range = accessor.getAnnotation(Policy.Range.class);
    if (range == null) {
      return "two lowercase letters (an ISO 639-1 language code)";
    }
    boolean whole = accessor.getReturnType() == int.class;
    return (whole ? "a whole number" : "a number") + " from " + number(range.min(), whole)
        + " to " + number(range.max(), whole);
  }

  private static String number(double value, boolean whole) {
    return whole || value == Math.rint(value) ? String.valueOf((long) value)
        : String.valueOf(value);
  }

  /** Appends {@code text} as comment lines no wider than the file's width. */
  private static void comment(StringBuilder file, String text) {
    StringBuilder line = new StringBuilder("#");
    for (String word : text.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH) {
        file.append(line).append('\n');
        line.setLength(0);
        line.append('#');
      }
      line.append(' ').append(word);
    }
    file.append(line).append('\n');
  }

  private static Object invoke(Method accessor, Policy policy) {
    try {
      return accessor.invoke(policy);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read policy key " + accessor.getName(), e);
    }
  }
}
