package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtss.batch.InputFileException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams an Ed-Fi XML interchange file (StAX) into records: each child of the
 * {@code Interchange...} root is one record of the resource named by its element in lower camel
 * case plus {@code s} ({@code StudentSchoolAttendanceEvent} → {@code
 * studentSchoolAttendanceEvents}). Element names become lower camel case, {@code ...Identity}
 * wrappers are dissolved into their reference, repeated elements become arrays, and a reference
 * by {@code ref} to an earlier record's {@code id} is replaced by that record.
 */
final class XmlRecords {
  private static final XMLInputFactory FACTORY = factory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private XmlRecords() {}

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  static void read(InputStream in, String file, Predicate<String> wanted,
      Consumer<EdFiRecord> sink) throws InputFileException {
    Map<String, JsonNode> byId = new HashMap<>();
    XMLStreamReader xml = null;
    try {
      xml = FACTORY.createXMLStreamReader(in);
      xml.nextTag();
      long index = 0;
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
        long line = xml.getLocation().getLineNumber();
        String resource = camel(xml.getLocalName()) + "s";
        String id = xml.getAttributeValue(null, "id");
        index++;
        if (!wanted.test(resource) && id == null) {
          skip(xml);
          continue;
        }
        JsonNode node = element(xml, byId);
        if (id != null) {
          byId.put(id, node);
        }
        if (wanted.test(resource)) {
          sink.accept(new EdFiRecord(resource, file, line, index, node));
        }
      }
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      throw new InputFileException(file + (at == null ? "" : ":" + at.getLineNumber() + ":"
          + at.getColumnNumber()) + ": not a readable Ed-Fi XML interchange: "
          + e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message: ", ""), e);
    } finally {
      close(xml);
    }
  }

  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1
          : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }

  /** Reads the element the reader is on, up to its end tag. */
  private static JsonNode element(XMLStreamReader xml, Map<String, JsonNode> byId)
      throws XMLStreamException {
    String ref = xml.getAttributeValue(null, "ref");
    ObjectNode object = null;
    StringBuilder text = new StringBuilder();
    int event;
    while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        JsonNode child = element(xml, byId);
        object = object == null ? NODES.objectNode() : object;
        if (name.endsWith("Identity") && child.isObject()) {
          for (var field : (Iterable<Map.Entry<String, JsonNode>>) child::fields) {
            add(object, field.getKey(), field.getValue());
          }
        } else {
          add(object, camel(name), child);
        }
      }
    }
    if (object == null && ref != null && byId.containsKey(ref)) {
      return byId.get(ref);
    }
    return object != null ? object : NODES.textNode(text.toString().trim());
  }

  /** Adds a child; a repeated name becomes an array (an element is never an array). */
  private static void add(ObjectNode object, String name, JsonNode child) {
    JsonNode present = object.get(name);
    if (present == null) {
      object.set(name, child);
    } else if (present instanceof ArrayNode array) {
      array.add(child);
    } else {
      object.set(name, NODES.arrayNode().add(present).add(child));
    }
  }

  static String camel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static void close(@Nullable XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // the stream itself is closed by the caller
      }
    }
  }
}
