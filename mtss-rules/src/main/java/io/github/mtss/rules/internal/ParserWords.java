package io.github.mtss.rules.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML and JSON parser's messages in a policy or manifest author's words: without the hints
 * about the parser's own settings ({@code enable JsonReadFeature...}), which a user cannot act on.
 */
public final class ParserWords {
  private static final Pattern SETTING_HINT = Pattern.compile(
      "[:;,(]?\\s*(?:enable|consider enabling|to allow)\\b[^\\n]*?(?:Feature|Constraints)\\b.*$",
      Pattern.DOTALL);
  private static final String INDENTED_KEY = "mapping values are not allowed here";
  private static final Pattern BLOCK_END = Pattern.compile(
      "expected <block end>, but found|did not find expected key");
  private static final Pattern READER_QUOTE = Pattern.compile("(?s)\\R\\s*in 'reader', line.*$");
  private static final String INDENT_WORDS = "this line is indented differently from the key "
      + "before it: keys of one map start in the same column (in a policy file every key starts "
      + "its line, with no space or tab before it)";
  private static final Pattern QUOTED_LOCATION =
      Pattern.compile("in 'reader', line (\\d+), column (\\d+)");
  private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'$");

  private ParserWords() {}

  /**
   * Returns the line and column the YAML parser's message quotes last ({@code in 'reader', line
   * 3, column 4}): where the parser found the mis-indented line, which its own location (the end
   * of the value before) is not; {@code fallback} when it quotes none.
   */
  public static int[] quotedLocation(String message, int[] fallback) {
    Matcher quoted = QUOTED_LOCATION.matcher(message);
    int[] found = fallback;
    while (quoted.find()) {
      found = new int[] {Integer.parseInt(quoted.group(1)), Integer.parseInt(quoted.group(2))};
    }
    return found;
  }

  /** Returns whether the parser's message means a line is indented where it may not be. */
  public static boolean isIndentation(String message) {
    return message.startsWith(INDENTED_KEY) || BLOCK_END.matcher(message).find();
  }

  /**
   * Returns a parser message with its hints about parser settings removed and the YAML
   * parser's own quotation of the line ({@code in 'reader', line 2, column 32: ...}) left out;
   * indentation mistakes are said plainly.
   */
  public static String of(String message) {
    if (isIndentation(message)) {
      return INDENT_WORDS;
    }
    String words = SETTING_HINT.matcher(message.strip()).replaceFirst("").strip();
    words = READER_QUOTE.matcher(words).replaceFirst("").strip();
    return NON_NUMERIC.matcher(words).replaceFirst("'$1' is not a number: write a finite decimal");
  }
}
