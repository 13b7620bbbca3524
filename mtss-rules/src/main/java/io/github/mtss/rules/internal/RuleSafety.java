package io.github.mtss.rules.internal;

import io.github.mtss.rules.RuleMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.extensions.DecisionTableFactory;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * What a district's rule files may not use unless their pack is allowed unsafe rules: a rule pack
 * is code that runs inside the screening, so a consequence could exit the JVM, read or write
 * files, run programs or start threads. Uses are found in the text of the rules (comments and,
 * in DRL, string literals left out), so this is a review aid against accidents and casual abuse,
 * not a sandbox: a pack that must be trusted still needs the review any code gets. A spreadsheet
 * decision table ({@code .xls}, {@code .xlsx}) is searched in the rules it generates, and a use is
 * reported at its row and column ({@code file:row:column}). A pack may also not declare the
 * package of the default rules.
 */
final class RuleSafety {
  /** One kind of use refused, with the pattern that finds it in a rule file. */
  record Unsafe(String what, Pattern pattern) {
    Unsafe(String what, String regex) {
      this(what, Pattern.compile(regex));
    }
  }

  /** Every kind of use refused, in the order reported. */
  static final List<Unsafe> UNSAFE = List.of(
      new Unsafe("System (exit, environment, console)", "\\bSystem\\s*\\."),
      new Unsafe("Runtime (exit, programs)", "\\bRuntime\\b"),
      new Unsafe("ProcessBuilder (programs)", "\\bProcess(?:Builder|Handle)?\\b"),
      new Unsafe("java.io (files)", "\\bjava\\s*\\.\\s*io\\b"),
      new Unsafe("java.nio.file (files)",
          "\\bjava\\s*\\.\\s*nio\\s*\\.\\s*file\\b|\\b(?:Files|Paths)\\s*\\."),
      new Unsafe("java.net (network)", "\\bjava\\s*\\.\\s*net\\b"),
      new Unsafe("reflection", "\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(?:reflect|invoke)\\b"
          + "|\\bClass\\s*\\.\\s*forName\\b|\\bgetClass\\s*\\(|\\bgetDeclared\\w*\\s*\\("
          + "|\\bsetAccessible\\b|\\bMethodHandles?\\b|\\bClassLoader\\b"),
      new Unsafe("threads", "\\b(?:Thread|ThreadGroup|Executors?|ExecutorService|ForkJoinPool"
          + "|CompletableFuture)\\b|\\bjava\\s*\\.\\s*util\\s*\\.\\s*concurrent\\b"));

  private static final Pattern RESERVED = Pattern.compile("(?m)^\\s*\"?(?:package|RuleSet)\"?"
      + "[\\s,;\"]+" + Pattern.quote(RuleCompiler.DEFAULT_PACKAGE) + "\\s*[;\",]?\\s*$");
  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"");
  private static final Pattern CSV_COMMENT = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/");

  private RuleSafety() {}

  /** Locates an offset of a text file, or of the rules a spreadsheet generated. */
  private static RuleMessage at(RuleSource source, String text, int offset, String message) {
    return source.isBinary() ? SpreadsheetCells.at(source, text, offset, message)
        : SourceLocator.at(source, offset, message);
  }

  /** Returns the DRL a spreadsheet generates, or "" when it cannot be read (compiling says why). */
  private static String generated(RuleSource source) {
    try {
      DecisionTableConfiguration table = KnowledgeBuilderFactory.newDecisionTableConfiguration();
      table.setInputType(source.resourcePath().toLowerCase(Locale.ROOT).endsWith(".xls")
          ? DecisionTableInputType.XLS : DecisionTableInputType.XLSX);
      String drl = DecisionTableFactory.loadFromInputStream(
          new ByteArrayInputStream(source.content()), table);
      return drl == null ? "" : drl;
    } catch (RuntimeException | LinkageError e) {
      return "";
    }
  }

  /** Returns a message for each use of the default rules' package in the pack's files. */
  static List<RuleMessage> reservedPackage(List<RuleSource> pack) {
    List<RuleMessage> problems = new ArrayList<>();
    for (RuleSource source : pack) {
      String text = source.isBinary() ? generated(source) : source.text();
      Matcher found = RESERVED.matcher(code(text, !source.resourcePath().endsWith(".csv")));
      if (found.find()) {
        problems.add(at(source, text, found.start(), "package " + RuleCompiler.DEFAULT_PACKAGE
            + " is reserved for the default rules; give the pack a package of its own, e.g. "
            + "district.example"));
      }
    }
    return problems;
  }

  /** Returns a message for the first unsafe use on each line of the pack's files, in order. */
  static List<RuleMessage> unsafeUses(List<RuleSource> pack) {
    List<RuleMessage> problems = new ArrayList<>();
    for (RuleSource source : pack) {
      String text = source.isBinary() ? generated(source) : source.text();
      String code = code(text, !source.resourcePath().endsWith(".csv"));
      for (Unsafe unsafe : UNSAFE) {
        Matcher found = unsafe.pattern().matcher(code);
        while (found.find()) {
          String message = "uses " + unsafe.what() + ", which rules may not: a rule pack runs as "
              + "code (see docs/rules.md)";
          problems.add(at(source, text, found.start(), message));
        }
      }
    }
    problems.sort(SourceLocator.ORDER);
    return firstOfEachLine(problems);
  }

  private static List<RuleMessage> firstOfEachLine(List<RuleMessage> sorted) {
    List<RuleMessage> first = new ArrayList<>();
    for (RuleMessage message : sorted) {
      RuleMessage last = first.isEmpty() ? null : first.get(first.size() - 1);
      if (last == null || !last.file().equals(message.file()) || last.line() != message.line()) {
        first.add(message);
      }
    }
    return first;
  }

  /**
   * Returns rule text with comments (and, in DRL, string literals) blanked out, keeping every
   * offset and line break. A CSV table's cells are quoted code, so its quotes stay.
   */
  private static String code(String text, boolean drl) {
    Pattern blank = drl ? COMMENT_OR_STRING : CSV_COMMENT;
    StringBuilder code = new StringBuilder(text);
    Matcher found = blank.matcher(code);
    while (found.find()) {
      for (int i = found.start(); i < found.end(); i++) {
        if (code.charAt(i) != '\n') {
          code.setCharAt(i, ' ');
        }
      }
    }
    return code.toString();
  }
}
