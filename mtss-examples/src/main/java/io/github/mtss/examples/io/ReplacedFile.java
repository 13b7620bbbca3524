package io.github.mtss.examples.io;

import io.github.mtss.batch.OutputDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, renamed into place, so a
 * reader never sees half a file and a failed or stopped (SIGTERM) write leaves no temp file.
 */
public final class ReplacedFile {
  private ReplacedFile() {}

  /** What writes the file's content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content into {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code content} into {@code target}, replacing it, readable by all. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    String name = absolute.getFileName().toString();
    Path temp = Files.createTempFile(absolute.getParent(), "." + name, ".tmp");
    temp.toFile().deleteOnExit();
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      OutputDirectory.readableByAll(temp, "rw-r--r--");
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
