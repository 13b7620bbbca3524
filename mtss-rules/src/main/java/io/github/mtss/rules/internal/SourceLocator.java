package io.github.mtss.rules.internal;

import io.github.mtss.rules.RuleMessage;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in a rule file a compiler message points when the compiler gave no line, or gave
 * one in the Java it generated from the rules: the message quotes an expression (after its last
 * {@code ": "}) or names an identifier ({@code x cannot be resolved}), and its first occurrence
 * in the rule files is the location. Failing that, the message's rarest word in the file is
 * (for decision tables, whose messages quote a cell's value).
 */
final class SourceLocator {
  private static final int SHORTEST_QUOTE = 3;
  private static final Pattern WORD = Pattern.compile("[^\\w]+");
  private static final Pattern UNRESOLVED = Pattern.compile("^(\\S+) cannot be resolved");

  /**
   * Locates a message about a rule at the rule's declaration or, for a decision table's rule,
   * where its name is written; a name that ran into the next cells (a broken quote) is looked for
   * without them.
   */
  static RuleMessage locateRule(Collection<RuleSource> sources, String ruleName, String message) {
    Pattern declaration = Pattern.compile("rule\\s+\"" + Pattern.quote(ruleName) + "\"");
    for (RuleSource source : sources) {
      if (!source.isBinary()) {
        Matcher found = declaration.matcher(source.text());
        if (found.find()) {
          return at(source, found.start(), message);
        }
      }
    }
    String name = ruleName;
    RuleMessage located = locateText(sources, name, message);
    while (located.line() == 0 && name.lastIndexOf(',') > 0) {
      name = name.substring(0, name.lastIndexOf(','));
      located = locateText(sources, name, message);
    }
    return located;
  }

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

  /**
   * Locates a message at the first occurrence of {@code text} in a text rule file; failing that
   * (or for an empty {@code text}), at the last file, which is a pack's when there is a pack.
   */
  static RuleMessage locateText(Collection<RuleSource> sources, String text, String message) {
    RuleSource last = null;
    for (RuleSource source : sources) {
      int at = text.isEmpty() || source.isBinary() ? -1 : source.text().indexOf(text);
      if (at >= 0) {
        return at(source, at, message);
      }
      last = source;
    }
    return RuleMessage.of(last == null ? "<rules>" : last.displayName(), 0, 0, message);
  }

  static RuleMessage locate(RuleSource source, String message) {
    if (source.isBinary()) {
      return RuleMessage.of(source.displayName(), 0, 0, message);
    }
    String text = source.text();
    int colon = message.lastIndexOf(": ");
    String quoted = colon < 0 ? "" : message.substring(colon + 2).strip();
    int at = quoted.length() < SHORTEST_QUOTE ? -1 : text.indexOf(quoted);
    if (at < 0) {
      at = rarestWord(text, message);
    }
    return at < 0 ? RuleMessage.of(source.displayName(), 0, 0, message)
        : at(source, at, message);
  }

  /**
   * Returns where the word of the message that is rarest in the file (but present) occurs, the
   * later word in the message winning a tie; -1 when no word of the message is in the file. A
   * decision table's generated rules quote its cells, so this finds the cell at fault.
   */
  private static int rarestWord(String text, String message) {
    int bestCount = Integer.MAX_VALUE;
    int bestAt = -1;
    for (String word : WORD.split(message)) {
      if (word.length() < SHORTEST_QUOTE) {
        continue;
      }
      Matcher found = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
      int count = 0;
      int first = -1;
      while (found.find()) {
        first = count == 0 ? found.start() : first;
        count++;
      }
      if (count > 0 && count <= bestCount) {
        bestCount = count;
        bestAt = first;
      }
    }
    return bestAt;
  }

  /** Orders messages by file, line and column. */
  static final Comparator<RuleMessage> ORDER = Comparator.comparing(RuleMessage::file)
      .thenComparingInt(RuleMessage::line).thenComparingInt(RuleMessage::column);

  /** Returns a message at a character offset of a text rule file. */
  static RuleMessage at(RuleSource source, int at, String message) {
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
