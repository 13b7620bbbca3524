package io.github.mtss.rules.internal;

import io.github.mtss.core.Grade;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Service;
import io.github.mtss.core.Student;
import io.github.mtss.rules.facts.DomainLevels;
import io.github.mtss.rules.facts.FamilyAction;
import io.github.mtss.rules.facts.FlagRaised;
import io.github.mtss.rules.facts.IndicatorLevel;
import io.github.mtss.rules.facts.IndicatorMissing;
import io.github.mtss.rules.facts.NeedIdentified;
import io.github.mtss.rules.facts.ServiceCandidate;
import io.github.mtss.rules.facts.ServiceMisfit;
import io.github.mtss.rules.facts.TierAssigned;
import io.github.mtss.rules.facts.TierProposal;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The compiler's messages about common slips, said as a rule author would: a rule whose
 * {@code end} is missing, and a misspelt field of a fact ("did you mean incidentsMinor?").
 */
final class AuthorWords {
  private static final Pattern MISSING_END = Pattern.compile(
      "^\\[ERR 102\\] Line \\d+:\\d+ mismatched input '<eof>' in rule \"([^\"]*)\"$");
  private static final Pattern UNPARSED = Pattern.compile(
      "^Unable to parse left part of expression: (.*)$");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$\"])([a-zA-Z_]\\w*)");
  /** The facts rules match, whose fields a condition names. */
  private static final List<Class<?>> FACTS = List.of(Student.class, Policy.class, Grade.class,
      Service.class, DomainLevels.class, FamilyAction.class, FlagRaised.class,
      IndicatorLevel.class, IndicatorMissing.class, NeedIdentified.class,
      ServiceCandidate.class, ServiceMisfit.class, TierAssigned.class, TierProposal.class);
  private static final Set<String> FIELDS = fields();
  private static final Set<String> WORDS = Set.of("null", "true", "false", "this", "matches",
      "contains", "memberOf", "in", "not", "soundslike", "str", "after", "before");

  private AuthorWords() {}

  /** Returns the message in a rule author's words, or unchanged when it is none of the slips. */
  static String of(String message) {
    Matcher end = MISSING_END.matcher(message);
    if (end.matches()) {
      return "the file ends inside rule \"" + end.group(1) + "\": its 'end' is missing (every "
          + "rule closes with a line that says end)";
    }
    Matcher unparsed = UNPARSED.matcher(message);
    if (unparsed.matches()) {
      String unknown = unknownField(unparsed.group(1));
      if (unknown != null) {
        return "'" + unknown + "' is not a field of the facts rules match"
            + NameSuggestions.didYouMean(unknown, FIELDS) + " (in: " + unparsed.group(1) + ")";
      }
    }
    return message;
  }

  /** Returns the first name in {@code expression} that is no fact's field, or null. */
  private static String unknownField(String expression) {
    Matcher names = IDENTIFIER.matcher(expression.replaceAll("\"[^\"]*\"", "\"\""));
    while (names.find()) {
      String name = names.group(1);
      if (!FIELDS.contains(name) && !WORDS.contains(name)
          && !Character.isUpperCase(name.charAt(0))) {
        return name;
      }
    }
    return null;
  }

  /** Returns every field a condition can name: accessors, and getters without their get. */
  private static Set<String> fields() {
    return FACTS.stream().flatMap(type -> Arrays.stream(type.getMethods()))
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> m.getDeclaringClass() != Object.class && m.getReturnType() != void.class)
        .map(AuthorWords::fieldName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String fieldName(Method method) {
    String name = method.getName();
    if (name.startsWith("get") && name.length() > 3) {
      return decapitalize(name.substring(3));
    }
    return name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class
        ? decapitalize(name.substring(2)) : name;
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
