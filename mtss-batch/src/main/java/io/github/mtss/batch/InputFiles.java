package io.github.mtss.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the input files named on the command line, turning a missing file into a clear error. */
public final class InputFiles {
  /** Reads one CSV file given its name and content. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads the stream; {@code fileName} names it in messages. */
    CsvInput.Result<T> read(String fileName, InputStream in) throws InputFileException;
  }

  private InputFiles() {}

  /**
   * Reads {@code file} with {@code reader}.
   *
   * @throws InputFileException when the file is missing, unreadable or unusable as a whole
   */
  public static <T> CsvInput.Result<T> read(Path file, Reader<T> reader)
      throws InputFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(file.toString(), in);
    } catch (NoSuchFileException e) {
      throw new InputFileException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
