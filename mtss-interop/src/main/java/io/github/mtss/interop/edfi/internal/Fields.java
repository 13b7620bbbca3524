package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of a record the same way whether it came from API JSON or from an XML
 * interchange: a reference's identity fields are found however deep the XML nests them, a
 * descriptor is {@code <name>Descriptor} in JSON and {@code <name>} in XML, a collection is an
 * array in JSON and repeated elements (or one) in XML.
 */
final class Fields {
  private static final int DEPTH = 4;

  private Fields() {}

  /** The text of {@code field} in {@code node} or in the references nested in it, or null. */
  static @Nullable String text(@Nullable JsonNode node, String field) {
    JsonNode found = find(node, field, DEPTH);
    if (found == null || found.isNull() || found.isContainerNode()) {
      return null;
    }
    String text = found.asText().trim();
    return text.isEmpty() ? null : text;
  }

  private static @Nullable JsonNode find(@Nullable JsonNode node, String field, int depth) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode direct = node.get(field);
    if (direct != null || depth == 0) {
      return direct;
    }
    for (JsonNode child : node) {
      JsonNode found = find(child, field, depth - 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The child object {@code field} (a reference), or null. */
  static @Nullable JsonNode child(JsonNode node, String field) {
    JsonNode child = node.get(field);
    return child != null && child.isObject() ? child : null;
  }

  /** The descriptor {@code name}: {@code nameDescriptor} in JSON, {@code name} in XML. */
  static @Nullable String descriptor(@Nullable JsonNode node, String name) {
    if (node == null) {
      return null;
    }
    JsonNode json = node.get(name + "Descriptor");
    JsonNode value = json != null ? json : node.get(name);
    return value != null && value.isValueNode() ? value.asText().trim() : null;
  }

  /**
   * The items of a collection: JSON's array {@code plural}, else XML's element(s)
   * {@code singular}.
   */
  static List<JsonNode> items(JsonNode node, String plural, String singular) {
    JsonNode found = node.get(plural);
    if (found == null) {
      found = node.get(singular);
    }
    List<JsonNode> items = new ArrayList<>();
    if (found != null && found.isArray()) {
      found.forEach(items::add);
    } else if (found != null) {
      items.add(found);
    }
    return items;
  }

  /**
   * The descriptors of a collection: each JSON item's {@code nameDescriptor}, or XML's
   * element(s) {@code name} holding the descriptor itself or an element of that name.
   */
  static List<String> descriptors(JsonNode node, String plural, String name) {
    List<String> codes = new ArrayList<>();
    String field = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    for (JsonNode item : items(node, plural, field)) {
      String code = item.isValueNode() ? item.asText().trim() : descriptor(item, field);
      if (code != null) {
        codes.add(code);
      }
    }
    return codes;
  }

  /** A date (the first ten characters of a date or date-time), or null when absent. */
  static @Nullable LocalDate date(@Nullable JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return parseDate(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      throw new BadField(field, text, "not a date (YYYY-MM-DD)");
    }
  }

  /** Parses YYYY-MM-DD without the formatter's overhead (a state's events hold millions). */
  private static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new NumberFormatException(text);
    }
    return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
        Integer.parseInt(text, 8, 10, 10));
  }

  /** A number, or null when absent. */
  static @Nullable Double number(@Nullable JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw new BadField(field, text, "not a number");
    }
  }

  /** A school year: {@code 2022} in JSON, {@code 2021-2022} in XML; null when absent. */
  static @Nullable Integer schoolYear(@Nullable JsonNode node) {
    String text = text(node, "schoolYear");
    if (text == null) {
      return null;
    }
    String year = text.substring(text.lastIndexOf('-') + 1).trim();
    try {
      return Integer.valueOf(year);
    } catch (NumberFormatException e) {
      throw new BadField("schoolYear", text, "not a school year");
    }
  }

  /**
   * The student a record concerns: {@code studentReference.studentUniqueId}, else the
   * {@code studentUniqueId} of another reference it holds (a grade's section association);
   * null when none.
   */
  static @Nullable String student(JsonNode node) {
    String student = text(child(node, "studentReference"), "studentUniqueId");
    return student != null ? student : text(node, "studentUniqueId");
  }

  /** A field whose value cannot be read: the record is rejected. */
  static final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadField(String field, String value, String problem) {
      super(field + " '" + value + "': " + problem);
    }
  }
}
