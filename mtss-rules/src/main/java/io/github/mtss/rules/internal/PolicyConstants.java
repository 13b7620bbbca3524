package io.github.mtss.rules.internal;

import io.github.mtss.core.Policy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the policy's numbers into the default screening rules. A default rule written as
 * {@code $p : Policy()} followed by {@code Student( attendanceRate < $p.attendanceRiskBelow )}
 * makes Drools join every student with the one {@code Policy} fact, a beta join per student and
 * rule; with the policy's value written in place ({@code attendanceRate < 0.9}) the test is an
 * alpha test on the student alone, shared by the rules that make it. The rule files keep their
 * {@code $p.} form (that is what a district reads, exports and copies); only the text compiled
 * for one engine changes, and every line keeps its number.
 *
 * <p>A rule is rewritten only when {@code $p} appears in its conditions as the binding
 * {@code $p : Policy()} and as {@code $p.property} reads of policy values, and not in its
 * consequence; any other rule is compiled as written (and joins the policy fact, which is still
 * inserted in every session). District rule packs are never rewritten.
 */
final class PolicyConstants {
  /** The default rule files whose rules may be rewritten: the screening phases'. */
  private static final Set<String> SCREENING_FILES = Set.of("attendance.drl", "behavior.drl",
      "coursework.drl", "context-flags.drl", "tiers.drl", "needs.drl", "family.drl");
  private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"[^\"]*\".*?^end\\b");
  private static final Pattern WHEN_THEN = Pattern.compile("(?ms)^\\s*when\\b(.*?)^\\s*then\\b");
  private static final Pattern BINDING = Pattern.compile("\\$p\\s*:\\s*Policy\\s*\\(\\s*\\)");
  private static final Pattern READ = Pattern.compile("\\$p\\.(\\w+)\\b(?!\\s*\\()");
  private static final Pattern ANY_USE = Pattern.compile("\\$p\\b");

  private PolicyConstants() {}

  /** Returns the default sources with {@code policy}'s values compiled into their rules. */
  static List<RuleSource> inline(List<RuleSource> defaults, Policy policy) {
    return defaults.stream().map(source -> isScreeningFile(source)
        ? RuleSource.builder().from(source).content(inline(source.text(), policy)
            .getBytes(StandardCharsets.UTF_8)).build()
        : source).collect(Collectors.toList());
  }

  private static boolean isScreeningFile(RuleSource source) {
    String path = source.resourcePath();
    return path.startsWith("io/github/mtss/rules/defaults/")
        && SCREENING_FILES.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  /** Returns the rule text with every rewritable rule's policy reads replaced by values. */
  static String inline(String text, Policy policy) {
    Matcher rules = RULE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (rules.find()) {
      rules.appendReplacement(out, Matcher.quoteReplacement(inlineRule(rules.group(), policy)));
    }
    rules.appendTail(out);
    return out.toString();
  }

  private static String inlineRule(String rule, Policy policy) {
    Matcher when = WHEN_THEN.matcher(rule);
    if (!when.find()) {
      return rule;
    }
    String conditions = when.group(1);
    String consequence = rule.substring(when.end());
    Matcher binding = BINDING.matcher(conditions);
    if (ANY_USE.matcher(consequence).find() || !binding.find()) {
      return rule;
    }
    String unbound = binding.replaceFirst("");
    StringBuilder replaced = new StringBuilder();
    Matcher reads = READ.matcher(unbound);
    while (reads.find()) {
      String value = literal(policy, reads.group(1));
      if (value == null) {
        return rule;
      }
      reads.appendReplacement(replaced, Matcher.quoteReplacement(value));
    }
    reads.appendTail(replaced);
    if (ANY_USE.matcher(replaced).find()) {
      return rule; // $p used some other way: keep the join
    }
    return rule.substring(0, when.start(1)) + replaced + rule.substring(when.end(1));
  }

  /** Returns the Java literal of a policy property, or null when it has none. */
  private static @Nullable String literal(Policy policy, String property) {
    Object value = read(policy, property);
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Double number && Double.isFinite(number)) {
      String plain = BigDecimal.valueOf(number).toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    if (value instanceof String string) {
      return '"' + string.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    return null;
  }

  private static @Nullable Object read(Policy policy, String property) {
    String capitalised = property.substring(0, 1).toUpperCase(Locale.ROOT)
        + property.substring(1);
    for (String name : List.of(property, "get" + capitalised, "is" + capitalised)) {
      try {
        Method accessor = Policy.class.getMethod(name);
        return accessor.getParameterCount() == 0 ? accessor.invoke(policy) : null;
      } catch (NoSuchMethodException e) {
        // try the next spelling
      } catch (IllegalAccessException | InvocationTargetException e) {
        return null;
      }
    }
    return null;
  }
}
