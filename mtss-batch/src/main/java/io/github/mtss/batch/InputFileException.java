package io.github.mtss.batch;

/**
 * Thrown when an input file cannot be used at all (missing, empty, no header, a required column
 * absent), as opposed to rows that are rejected one by one. The message names the file and, where
 * there is one, the line and column.
 */
public final class InputFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that names the file. */
  public InputFileException(String message) {
    super(message);
  }

  /** Creates an exception with a message that names the file, caused by {@code cause}. */
  public InputFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
