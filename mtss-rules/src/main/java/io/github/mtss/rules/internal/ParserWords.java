package io.github.mtss.rules.internal;

import java.util.regex.Pattern;

/**
 * The YAML and JSON parser's messages in a policy or manifest author's words: without the hints
 * about the parser's own settings ({@code enable JsonReadFeature...}), which a user cannot act on.
 */
public final class ParserWords {
  private static final Pattern SETTING_HINT = Pattern.compile(
      "[:;,(]?\\s*(?:enable|consider enabling|to allow)\\b[^\\n]*?(?:Feature|Constraints)\\b.*$",
      Pattern.DOTALL);
  private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'$");

  private ParserWords() {}

  /** Returns a parser message with its hints about parser settings removed. */
  public static String of(String message) {
    String words = SETTING_HINT.matcher(message.strip()).replaceFirst("").strip();
    return NON_NUMERIC.matcher(words).replaceFirst("'$1' is not a number: write a finite decimal");
  }
}
