package io.github.mtss.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Files for command-line tests: class-path resources copied out, outputs read back. */
final class TestFiles {
  private TestFiles() {}

  /** Copies a class-path resource to {@code dir/name}. */
  static Path copy(String resource, Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Objects.requireNonNull(
        TestFiles.class.getResourceAsStream(resource), resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  /** Returns the lines of a UTF-8 file. */
  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
