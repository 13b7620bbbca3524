package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtss.batch.InputFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Streams the records of one input file, one at a time, so that no file is ever held in
 * memory: API JSON (a JSON array of documents, or one document per line) named after its
 * resource, or an Ed-Fi XML interchange file (see {@link XmlRecords}).
 */
final class RecordReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordReader() {}

  /** Whether {@code file} is an input this reader reads, by its name. */
  static boolean readable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")
        || name.endsWith(".xml");
  }

  /** The resource a JSON file holds: its name without extension. */
  static String resourceOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  static boolean isXml(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  /**
   * Hands each record of a resource {@code wanted} accepts to {@code sink}.
   *
   * @throws InputFileException naming the file, line and column where it cannot be read
   */
  static void read(Path file, String shownName, Predicate<String> wanted,
      Consumer<EdFiRecord> sink) throws InputFileException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      if (isXml(file)) {
        XmlRecords.read(in, shownName, wanted, sink);
      } else if (wanted.test(resourceOf(file))) {
        readJson(in, shownName, resourceOf(file), sink);
      }
    } catch (IOException e) {
      throw new InputFileException(shownName + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static void readJson(InputStream in, String file, String resource,
      Consumer<EdFiRecord> sink) throws IOException, InputFileException {
    try (JsonParser parser = JSON.createParser(in)) {
      JsonToken first = parser.nextToken();
      boolean array = first == JsonToken.START_ARRAY;
      JsonToken token = array ? parser.nextToken() : first;
      long index = 0;
      while (token != null && token != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw new InputFileException(file + ":" + parser.currentTokenLocation().getLineNr()
              + ":" + parser.currentTokenLocation().getColumnNr() + ": expected a JSON object "
              + "(one " + resource + " document), found " + parser.getText());
        }
        long line = parser.currentTokenLocation().getLineNr();
        JsonNode node = parser.readValueAsTree();
        sink.accept(new EdFiRecord(resource, file, line, ++index, node));
        token = parser.nextToken();
      }
    } catch (JsonProcessingException e) {
      throw new InputFileException(file + ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
