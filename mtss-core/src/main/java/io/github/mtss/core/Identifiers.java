package io.github.mtss.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case identifiers that enums of this package use in files. */
final class Identifiers {
  /** Each enum's constants, read once: {@link Class#getEnumConstants()} copies them per call. */
  private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Enum<?>[] computeValue(Class<?> type) {
      return (Enum<?>[]) type.getEnumConstants();
    }
  };

  private Identifiers() {}

  /** Returns the constant whose name is {@code text} in any case, around any white space. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    String id = text.strip();
    for (Enum<?> constant : CONSTANTS.get(type)) {
      if (constant.name().equalsIgnoreCase(id)) {
        return type.cast(constant);
      }
    }
    throw new IllegalArgumentException(
        "not a " + what + " ('" + text + "'); expected one of " + accepted(type));
  }

  static <E extends Enum<E>> String accepted(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
