package io.github.mtss.rules.testing;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a scenario file cannot be used: unreadable, not a YAML list of scenarios, an
 * unknown key, or a scenario whose student has values that cannot be screened. The message names
 * the file and, where there is one, the line and column or the scenario.
 */
public final class ScenarioFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the file.
   *
   * @param cause what made the file unusable, or {@code null} when nothing else is to blame
   */
  public ScenarioFileException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
