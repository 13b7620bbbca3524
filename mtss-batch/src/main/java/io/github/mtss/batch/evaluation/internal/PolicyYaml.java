package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.evaluation.Calibration;
import io.github.mtss.batch.evaluation.FoldComparison;
import io.github.mtss.core.Policy;
import io.github.mtss.rules.PolicyFileException;
import io.github.mtss.rules.PolicyFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Policies as policy files: the text of a policy (its keys that differ from the defaults), and a
 * candidate policy made by changing one key and reading the result back through
 * {@link PolicyFiles}, so that a candidate passes exactly the checks a district's file must.
 */
public final class PolicyYaml {
  private PolicyYaml() {}

  /**
   * Returns {@code policy} with {@code key} set to {@code value}, or null when the policy file
   * checks refuse the combination (a severe cut-point milder than its risk one, say).
   */
  static @Nullable Policy with(Policy policy, String key, double value) {
    Map<String, Object> changes = changes(policy);
    Object before = PolicyFiles.keys().get(key);
    changes.put(key, before instanceof Integer ? (Object) (int) value : (Object) value);
    try {
      return PolicyFiles.read("candidate.yaml", new ByteArrayInputStream(
          lines(changes, Map.of()).getBytes(StandardCharsets.UTF_8)));
    } catch (PolicyFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: reading memory", e);
    }
  }

  /**
   * Returns a policy file of {@code policy}: a comment header, then each key that differs from
   * the defaults, with the value of {@code was} in a comment where it differs.
   */
  static String text(Policy policy, Policy was, List<String> header) {
    Map<String, Object> before = PolicyFiles.toMap(was);
    Map<String, String> comments = new LinkedHashMap<>();
    changes(policy).forEach((key, value) -> {
      if (!Objects.equals(before.get(key), value)) {
        comments.put(key, "was " + before.get(key));
      }
    });
    StringBuilder text = new StringBuilder();
    header.forEach(line -> text.append(line.isEmpty() ? "" : "# " + line).append('\n'));
    return text.append(lines(changes(policy), comments)).toString();
  }

  /**
   * Returns the text of {@code calibrated-policy.yaml}: a header saying how it was found, then
   * the proposed policy's keys that differ from the defaults.
   */
  public static String calibrated(Calibration calibration) {
    FoldComparison all = calibration.onEveryStudent();
    return text(calibration.after(), calibration.before(), List.of(
        "Calibrated by mtss evaluate --calibrate: " + calibration.target() + " for flag "
            + calibration.flag().id() + ".",
        "On every student, recall " + share(all.before().flaggedOutcomes(), all.before().outcomes())
            + " -> " + share(all.after().flaggedOutcomes(), all.after().outcomes())
            + ", flagged share " + share(all.before().flagged(), all.before().students())
            + " -> " + share(all.after().flagged(), all.after().students())
            + "; held-out folds in evaluation.json (calibration.table).",
        calibration.targetMet() ? "The target is met on every student."
            : "No policy of the grid meets the target; this is the nearest one found.",
        "Keys not listed keep their defaults. Use with: mtss screen --policy FILE.",
        ""));
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f",
        (double) part / whole);
  }

  private static Map<String, Object> changes(Policy policy) {
    Map<String, Object> defaults = PolicyFiles.keys();
    Map<String, Object> changes = new LinkedHashMap<>();
    PolicyFiles.toMap(policy).forEach((key, value) -> {
      if (!value.equals(defaults.get(key))) {
        changes.put(key, value);
      }
    });
    return changes;
  }

  private static String lines(Map<String, Object> values, Map<String, String> comments) {
    StringBuilder text = new StringBuilder();
    values.forEach((key, value) -> {
      text.append(key).append(": ").append(value instanceof String s ? quoted(s) : value);
      String comment = comments.get(key);
      text.append(comment == null ? "" : "   # " + comment).append('\n');
    });
    return text.isEmpty() ? "{}\n" : text.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
