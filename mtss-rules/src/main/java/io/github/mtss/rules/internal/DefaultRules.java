package io.github.mtss.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;

/** The rule files shipped with the library, loaded from the class path. */
public final class DefaultRules {
  private static final String ROOT = "io/github/mtss/rules/defaults/";
  private static final List<String> FILES = List.of("attendance.drl", "behavior.drl",
      "coursework.drl", "context-flags.drl", "tiers.drl", "needs.drl", "eligibility.drl",
      "family.drl", "progress.drl");

  private DefaultRules() {}

  /** Returns the default rule files in load order. */
  public static List<RuleSource> sources() {
    ImmutableList.Builder<RuleSource> sources = ImmutableList.builder();
    for (String file : FILES) {
      String resource = ROOT + file;
      URL url = Resources.getResource(DefaultRules.class, "/" + resource);
      try {
        sources.add(RuleSource.builder()
            .displayName("classpath:" + resource)
            .resourcePath(resource)
            .content(Resources.toByteArray(url))
            .build());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read default rules " + resource, e);
      }
    }
    return sources.build();
  }
}
