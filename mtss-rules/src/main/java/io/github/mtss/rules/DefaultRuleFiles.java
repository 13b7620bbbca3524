package io.github.mtss.rules;

import io.github.mtss.rules.internal.DefaultRules;
import io.github.mtss.rules.internal.RuleSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The default rule files as a district's rule pack would hold them, for a rule author to read
 * and edit without the source tree ({@code mtss rules export}). Each rule keeps its default's
 * name, so a pack of these files replaces every default rule with an identical copy; a pack
 * should keep only the rules it changes, so that it follows later changes of the others.
 *
 * <p>The files are moved out of the default rules' package, which a pack may not use, into
 * {@link #PACK_PACKAGE}. The fold rules of {@code tiers.drl} are part of the engine, not of a
 * district's policy: they are kept as comments, to read.
 */
public final class DefaultRuleFiles {
  /** The package of the exported rule files. */
  public static final String PACK_PACKAGE = "district.defaults";
  private static final Pattern DEFAULT_PACKAGE =
      Pattern.compile("(?m)^package io\\.github\\.mtss\\.rules\\.defaults;");
  private static final Pattern RULE_START = Pattern.compile("^rule\\s+\".*");
  private static final Pattern FOLD = Pattern.compile("^\\s*@fold\\b.*");
  private static final String FOLD_NOTE = "// A fold rule of the engine, not a district's choice: "
      + "shown for reading, and a pack cannot change it.";

  private DefaultRuleFiles() {}

  /** Returns each default rule file's text by file name ({@code attendance.drl}, ...). */
  public static Map<String, String> asPack() {
    Map<String, String> files = new LinkedHashMap<>();
    for (RuleSource source : DefaultRules.sources()) {
      String name = source.resourcePath().substring(source.resourcePath().lastIndexOf('/') + 1);
      files.put(name, commentFoldRules(DEFAULT_PACKAGE.matcher(source.text())
          .replaceFirst("package " + PACK_PACKAGE + ";")));
    }
    return files;
  }

  /** Turns every rule marked {@code @fold} into comments. */
  private static String commentFoldRules(String text) {
    StringBuilder out = new StringBuilder();
    List<String> rule = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (rule.isEmpty() && !RULE_START.matcher(line).matches()) {
        out.append(line).append('\n');
        continue;
      }
      rule.add(line);
      if (line.strip().equals("end")) {
        boolean fold = rule.stream().anyMatch(l -> FOLD.matcher(l).matches());
        if (fold) {
          out.append(FOLD_NOTE).append('\n');
        }
        rule.forEach(l -> out.append(fold ? "// " + l : l).append('\n'));
        rule.clear();
      }
    }
    rule.forEach(l -> out.append(l).append('\n'));
    return out.substring(0, out.length() - 1);
  }
}
