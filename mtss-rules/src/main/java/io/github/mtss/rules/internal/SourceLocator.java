package io.github.mtss.rules.internal;

import io.github.mtss.rules.RuleMessage;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in a rule file a compiler message points when the compiler gave no line, or gave
 * one in the Java it generated from the rules: the message quotes an expression (after its last
 * {@code ": "}) or names an identifier ({@code x cannot be resolved}), and its first occurrence
 * in the rule files is the location.
 */
final class SourceLocator {
  private static final int SHORTEST_QUOTE = 3;
  private static final Pattern UNRESOLVED = Pattern.compile("^(\\S+) cannot be resolved");

  /** Locates a message about the Java generated from a rule's consequence. */
  static RuleMessage locateInGenerated(Collection<RuleSource> sources, String message) {
    Matcher unresolved = UNRESOLVED.matcher(message);
    if (unresolved.find()) {
      Pattern word = Pattern.compile("\\b" + Pattern.quote(unresolved.group(1)) + "\\b");
      for (RuleSource source : sources) {
        Matcher found = word.matcher(source.text());
        if (found.find()) {
          return at(source, found.start(), "in a rule's consequence: " + message);
        }
      }
    }
    return RuleMessage.of("<generated rule code>", 0, 0, message);
  }

  private SourceLocator() {}

  static RuleMessage locate(RuleSource source, String message) {
    String text = source.text();
    int colon = message.lastIndexOf(": ");
    String quoted = colon < 0 ? "" : message.substring(colon + 2).strip();
    int at = quoted.length() < SHORTEST_QUOTE ? -1 : text.indexOf(quoted);
    if (at < 0) {
      return RuleMessage.of(source.displayName(), 0, 0, message);
    }
    return at(source, at, message);
  }

  private static RuleMessage at(RuleSource source, int at, String message) {
    String text = source.text();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return RuleMessage.of(source.displayName(), line, at - lineStart + 1, message);
  }
}
