package io.github.mtss.interop.edfi.internal;

import org.jspecify.annotations.Nullable;

/**
 * Turns descriptor URIs ({@code uri://ed-fi.org/BehaviorDescriptor#State Offense}) into their
 * code values, accepting the namespaces the mapping lists, and sorts codes into the mapping's
 * lists, counting in the ledger each code that no list of its descriptor holds.
 */
final class Codes {
  private final Mapping mapping;
  private final Ledger ledger;

  Codes(Mapping mapping, Ledger ledger) {
    this.mapping = mapping;
    this.ledger = ledger;
  }

  Mapping mapping() {
    return mapping;
  }

  /**
   * The code value of a descriptor, or null when absent or of a namespace the mapping does not
   * list (counted as unknown).
   */
  @Nullable String code(@Nullable String descriptor) {
    if (descriptor == null) {
      return null;
    }
    int hash = descriptor.indexOf('#');
    if (hash < 0) {
      return descriptor;
    }
    String namespace = descriptor.substring(0, hash);
    for (String accepted : mapping.list("descriptorNamespaces")) {
      if (Mapping.lower(namespace).startsWith(accepted)) {
        return descriptor.substring(hash + 1).trim();
      }
    }
    ledger.unknown(type(descriptor), descriptor);
    return null;
  }

  /**
   * Which of {@code keys} (mapping lists) holds the descriptor's code: its index, or -1 when
   * none does (the code is counted as unknown) or the descriptor is absent.
   */
  int classify(@Nullable String descriptor, String... keys) {
    String code = code(descriptor);
    if (code == null) {
      return -1;
    }
    for (int i = 0; i < keys.length; i++) {
      if (mapping.has(keys[i], code)) {
        return i;
      }
    }
    ledger.unknown(type(descriptor), code);
    return -1;
  }

  /** Counts a code of {@code descriptor} that no table of the mapping knows. */
  void unknown(String descriptor, String code) {
    ledger.unknown(descriptor, code);
  }

  private static String type(String descriptor) {
    int hash = descriptor.indexOf('#');
    int slash = descriptor.lastIndexOf('/', hash < 0 ? descriptor.length() : hash);
    return hash < 0 ? "descriptor" : descriptor.substring(slash + 1, hash);
  }
}
