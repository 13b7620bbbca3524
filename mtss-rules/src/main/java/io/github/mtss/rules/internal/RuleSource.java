package io.github.mtss.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * One rule file to compile: the name users know it by (a path or a {@code classpath:} resource),
 * the path it takes inside the compiled module, and its bytes.
 */
@Value.Immutable
public abstract class RuleSource {
  /** Returns the name reported in messages and in the rule set identity. */
  public abstract String displayName();

  /** Returns the path relative to the module's resource root, e.g. {@code district/a.drl}. */
  public abstract String resourcePath();

  /** Returns the file's content. */
  @Value.Redacted
  public abstract byte[] content();

  /** Returns the content decoded as UTF-8. */
  public String text() {
    return new String(content(), StandardCharsets.UTF_8);
  }

  /** Returns whether the file is a binary spreadsheet rather than text. */
  public boolean isBinary() {
    String path = resourcePath().toLowerCase(java.util.Locale.ROOT);
    return path.endsWith(".xls") || path.endsWith(".xlsx");
  }

  /**
   * Returns a rule file read from {@code content}; a text file's content is first passed through
   * {@code edit} (a spreadsheet's bytes are kept as they are).
   */
  public static RuleSource of(String displayName, String resourcePath, byte[] content,
      UnaryOperator<String> edit) {
    RuleSource raw = builder().displayName(displayName).resourcePath(resourcePath)
        .content(content).build();
    return raw.isBinary() ? raw : builder().from(raw)
        .content(edit.apply(raw.text()).getBytes(StandardCharsets.UTF_8)).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleSource} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableRuleSource.Builder {}
}
