package io.github.mtss.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case identifiers that enums of this package use in files. */
final class Identifiers {
  private Identifiers() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    String id = text.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(id)) {
        return constant;
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
