package io.github.mtss.interop.edfi.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a JSON array one element (a line of JSON) at a time, so a file of a million bodies
 * never sits in memory: the shape the Ed-Fi sample files and bulk loaders take.
 */
public final class JsonArrayFile implements AutoCloseable {
  private final BufferedWriter out;
  private long elements;

  /** Creates the file and opens the array. */
  public JsonArrayFile(Path file) throws IOException {
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write("[");
  }

  /** Writes one element, given as JSON text. */
  public void add(String json) throws IOException {
    out.write(elements++ == 0 ? "\n" : ",\n");
    out.write(json);
  }

  /** Returns the number of elements written. */
  public long elements() {
    return elements;
  }

  /** Closes the array and the file. */
  @Override
  public void close() throws IOException {
    try (out) {
      out.write(elements == 0 ? "]\n" : "\n]\n");
    }
  }
}
