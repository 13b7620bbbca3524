package io.github.mtss.rules;

import io.github.mtss.rules.internal.DefaultRules;
import io.github.mtss.rules.internal.RuleSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The default rule files as a district's rule pack would hold them, for a rule author to read
 * and edit without the source tree ({@code mtss rules export}). Each rule keeps its default's
 * name, so a pack of these files replaces every default rule with an identical copy; a pack
 * should keep only the rules it changes, so that it follows later changes of the others.
 *
 * <p>The files are moved out of the default rules' package, which a pack may not use, into
 * {@link #PACK_PACKAGE}.
 */
public final class DefaultRuleFiles {
  /** The package of the exported rule files. */
  public static final String PACK_PACKAGE = "district.defaults";
  private static final Pattern DEFAULT_PACKAGE =
      Pattern.compile("(?m)^package io\\.github\\.mtss\\.rules\\.defaults;");

  private DefaultRuleFiles() {}

  /** Returns each default rule file's text by file name ({@code attendance.drl}, ...). */
  public static Map<String, String> asPack() {
    Map<String, String> files = new LinkedHashMap<>();
    for (RuleSource source : DefaultRules.sources()) {
      String name = source.resourcePath().substring(source.resourcePath().lastIndexOf('/') + 1);
      files.put(name, DEFAULT_PACKAGE.matcher(source.text())
          .replaceFirst("package " + PACK_PACKAGE + ";"));
    }
    return files;
  }
}
