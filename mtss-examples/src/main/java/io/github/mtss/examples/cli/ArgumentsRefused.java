package io.github.mtss.examples.cli;

import java.io.IOException;

/**
 * The command's arguments cannot be used together (an output that would overwrite an input),
 * with a message already in the user's words: {@link Failures} prints it as it is, exit 2.
 */
final class ArgumentsRefused extends IOException {
  private static final long serialVersionUID = 1L;

  ArgumentsRefused(String message) {
    super(message);
  }
}
