package io.github.mtss.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Checks a policy's values against the {@link Policy.Range} declared on each attribute. */
final class PolicyRanges {
  private static final List<Method> RANGED = Arrays.stream(Policy.class.getDeclaredMethods())
      .filter(m -> m.isAnnotationPresent(Policy.Range.class))
      .sorted(Comparator.comparing(Method::getName))
      .toList();

  private PolicyRanges() {}

  /** Returns a message for each value outside its range (or not a finite number). */
  static List<String> problems(Policy policy) {
    List<String> problems = new ArrayList<>();
    for (Method attribute : RANGED) {
      Policy.Range range = attribute.getAnnotation(Policy.Range.class);
      double value = ((Number) value(attribute, policy)).doubleValue();
      if (!(value >= range.min() && value <= range.max())) {
        problems.add(snakeCase(attribute.getName()) + " must be from " + number(range.min())
            + " to " + number(range.max()) + ", was " + number(value));
      }
    }
    return problems;
  }

  /** Returns the snake_case policy key of an attribute, e.g. {@code tier3_risk_domains}. */
  static String snakeCase(String attribute) {
    return attribute.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }

  private static Object value(Method attribute, Policy policy) {
    try {
      return attribute.invoke(policy);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read policy attribute " + attribute.getName(), e);
    }
  }
}
